import { stringify } from "csv-stringify/sync";
import * as z from "zod";
import { reaches, useScope, type Access } from "../access";
import { useCounty } from "../actor";
import { Audit } from "../audit/index";
import { checkCursor } from "../db/cursor";
import { db } from "../db/service";
import { Pii } from "../pii/index";
import { NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import { getForm, managers } from "./forms";
import { loadRegions, Regions } from "./regions";

type Stored = NonNullable<Awaited<ReturnType<ReturnType<typeof db.entities.intakeSubmission.get>["go"]>>["data"]>;

/** What lists show: masks only, never a sealed value. */
export function masked(item: Stored) {
  return {
    submissionId: item.submissionId,
    formId: item.formId,
    purpose: item.purpose,
    villageId: item.villageId,
    documentType: item.documentType,
    name: item.nameMasked,
    documentNumber: item.documentMasked,
    phone: item.phoneMasked,
    arrivalDate: item.arrivalDate,
    originCode: item.originCode,
    origin: Regions.label(item.originCode),
    rental: item.rental,
    submittedAt: item.submittedAt,
    alert: Boolean(item.alertId),
    expiresAt: item.expiresAt,
  };
}
export type MaskedSubmission = ReturnType<typeof masked>;

export const reasonSchema = z
  .string()
  .trim()
  .min(4, "State the reason (at least 4 characters)")
  .max(200, "Use at most 200 characters");

/** A form's registrations, newest first, masked; 50 a page. */
export const listSubmissions = fn(
  managers,
  z.object({
    formId: id,
    cursor: z.string().max(2000).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  }),
  async ({ formId, cursor, limit }) => {
    await getForm({ formId });
    const query = db.entities.intakeSubmission.query.byForm({ countyId: useCounty(), formId });
    const page = await query.go({ order: "desc", limit, cursor: checkCursor(cursor, query.params()) });
    return { items: page.data.map(masked), cursor: page.cursor ?? undefined };
  },
  { before: loadRegions },
);

/** Who may reveal: those who manage the form's village, and the health liaison for a registration that raised an alert. */
const revealers: Access = { ...managers, health_liaison: "alerts" };

function mayReveal(item: Stored): boolean {
  if (useScope() === "alerts") return Boolean(item.alertId);
  return reaches(item);
}

/**
 * The full name, document number, phone, address and answers of one registration, for a stated
 * reason. The reveal is written to the audit log (who, when, which record, why) before anything is
 * decrypted; without the audit entry there is no reveal.
 */
export const reveal = fn(
  revealers,
  z.object({ submissionId: id, reason: reasonSchema }),
  async ({ submissionId, reason }) => {
    const countyId = useCounty();
    const { data: item } = await db.entities.intakeSubmission.get({ countyId, submissionId }).go();
    if (!item || !mayReveal(item)) throw new NotFoundError("intake.submission_not_found", "No such registration");
    await Audit.record({
      countyId,
      action: "intake.revealed",
      subject: submissionId,
      detail: { reason, formId: item.formId, villageId: item.villageId, fields: "name,document,phone,address,extras" },
    });
    return { ...masked(item), ...(await opened(countyId, item)) };
  },
  { before: loadRegions },
);

async function opened(countyId: string, item: Stored) {
  const id = item.submissionId;
  const [name, documentNumber, phone, address, extras] = await Promise.all([
    Pii.openField(countyId, id, "name", item.nameSealed),
    Pii.openField(countyId, id, "document", item.documentSealed),
    Pii.openField(countyId, id, "phone", item.phoneSealed),
    Pii.openField(countyId, id, "address", item.addressSealed),
    item.extrasSealed ? Pii.openField(countyId, id, "extras", item.extrasSealed) : Promise.resolve("{}"),
  ]);
  return { name, documentNumber, phone, address, extras: JSON.parse(extras) as Record<string, string> };
}

const maxExportRows = 10_000;

/** Column headers and values of the export, in the console's language. */
const exportLabels = {
  zh: {
    receipt: "回执编号",
    submittedAt: "提交时间（北京时间）",
    name: "姓名",
    documentType: "证件类型",
    documentNumber: "证件号码",
    phone: "手机号",
    arrivalDate: "到达日期",
    originCode: "来源地代码",
    origin: "来源地",
    address: "住址",
    alert: "红码预警",
    yes: "是",
    no: "否",
    documentTypes: {
      resident_id: "居民身份证",
      hmt_residence: "港澳台居民居住证",
      hk_macau_permit: "港澳居民来往内地通行证",
      taiwan_permit: "台湾居民来往大陆通行证",
      passport: "护照",
    } as Record<string, string>,
  },
  en: {
    receipt: "Receipt",
    submittedAt: "Submitted (Beijing time)",
    name: "Name",
    documentType: "Document type",
    documentNumber: "Document number",
    phone: "Mobile phone",
    arrivalDate: "Arrival date",
    originCode: "Origin code",
    origin: "Origin",
    address: "Address",
    alert: "Red alert",
    yes: "yes",
    no: "no",
    documentTypes: {
      resident_id: "Resident identity card",
      hmt_residence: "Residence permit for HK, Macao and Taiwan residents",
      hk_macau_permit: "Mainland Travel Permit (HK and Macao)",
      taiwan_permit: "Mainland Travel Permit (Taiwan)",
      passport: "Passport",
    } as Record<string, string>,
  },
};

/** `2026-12-03 17:37` in Asia/Shanghai (UTC+8 all year: no daylight saving). */
function shanghaiMinute(instant: number): string {
  return new Date(instant + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}

/**
 * A form's registrations as CSV (UTF-8 with BOM): masked, or in full when a reason is given (then
 * audited once for the export, with the number of records).
 */
export const exportSubmissions = fn(
  managers,
  z.object({
    formId: id,
    reason: reasonSchema.optional().or(z.literal("").transform(() => undefined)),
    lang: z.enum(["zh", "en"]).default("zh"),
  }),
  async ({ formId, reason, lang }) => {
    const t = exportLabels[lang];
    const form = await getForm({ formId });
    const countyId = useCounty();
    const { data } = await db.entities.intakeSubmission.query
      .byForm({ countyId, formId })
      .go({ order: "desc", pages: "all", limit: maxExportRows });
    const rows = await Promise.all(
      data
        .slice(0, maxExportRows)
        .map(async (item) => ({ ...masked(item), ...(reason ? await opened(countyId, item) : {}) })),
    );
    if (reason) {
      await Audit.record({
        countyId,
        action: "intake.exported",
        subject: formId,
        detail: { reason, records: rows.length, full: true },
      });
    }
    const extraKeys = form.extraFields.map((field) => field.key);
    const extraLabels = form.extraFields.map((field) => (lang === "en" && field.labelEn) || field.labelZh);
    const header = [
      t.receipt,
      t.submittedAt,
      t.name,
      t.documentType,
      t.documentNumber,
      t.phone,
      t.arrivalDate,
      t.originCode,
      t.origin,
      ...(reason ? [t.address, ...extraLabels] : []),
      t.alert,
    ];
    const body = rows.map((row) => [
      row.submissionId.toUpperCase(),
      shanghaiMinute(row.submittedAt),
      row.name,
      t.documentTypes[row.documentType] ?? row.documentType,
      row.documentNumber,
      row.phone,
      row.arrivalDate,
      row.originCode,
      row.origin,
      ...(reason ? [(row as { address?: string }).address ?? ""] : []),
      ...(reason ? extraKeys.map((key) => (row as { extras?: Record<string, string> }).extras?.[key] ?? "") : []),
      row.alert ? t.yes : t.no,
    ]);
    const csv = stringify([header, ...body].map((cells) => cells.map(neutralise)));
    return { csv: `\uFEFF${csv}`, records: rows.length, full: Boolean(reason) };
  },
  { before: loadRegions },
);

/** Spreadsheet formulas in cells are defused with a leading apostrophe. */
function neutralise(cell: string) {
  return /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
}
