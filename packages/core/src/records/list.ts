import * as z from "zod";
import { db } from "../db/service";
import { Pii } from "../pii/index";
import type { RecordKind } from "../resident/record.entity";
import { fn } from "../util/fn";
import { holderOf, passSchema, residents, type Holder } from "./pass";

type Pointer = { kind: RecordKind; recordId: string; at: number };

/** Every record the holder's phone left in the county, by kind: one Query for the pointers. */
export async function pointersOf(holder: Holder) {
  const { data } = await db.entities.residentRecord.query
    .byPhone({ countyId: holder.countyId, phoneHash: holder.phoneHash })
    .go({ pages: "all" });
  const of = (kind: RecordKind): Pointer[] => data.filter((item) => item.kind === kind);
  return { registration: of("registration"), booking: of("booking"), rating: of("rating") };
}

/** The pointer proving the holder made this record, or undefined. */
export async function pointerOf(holder: Holder, kind: RecordKind, recordId: string) {
  const { data } = await db.entities.residentRecord
    .get({ countyId: holder.countyId, phoneHash: holder.phoneHash, kind, recordId })
    .go({ consistent: true });
  return data ?? undefined;
}

async function batch<T>(keys: unknown[], read: (keys: never[]) => { go: () => Promise<{ data: T[] }> }) {
  if (!keys.length) return [];
  return (await read(keys as never[]).go()).data;
}

/**
 * What the resident sees of their own records: their registrations in full except the document
 * number (a phone can change hands), their bookings and their ratings. Records already gone (past
 * their retention) are left out.
 */
export const list = fn(residents, z.object({ pass: passSchema }), async ({ pass }) => {
  const holder = await holderOf(pass);
  const { countyId } = holder;
  const pointers = await pointersOf(holder);
  const [submissions, appointments, ratings] = await Promise.all([
    batch(
      pointers.registration.map((p) => ({ countyId, submissionId: p.recordId })),
      (keys) => db.entities.intakeSubmission.get(keys),
    ),
    batch(
      pointers.booking.map((p) => ({ countyId, appointmentId: p.recordId })),
      (keys) => db.entities.appointment.get(keys),
    ),
    batch(
      pointers.rating.map((p) => ({ countyId, ratingId: p.recordId })),
      (keys) => db.entities.rating.get(keys),
    ),
  ]);
  const alertIds = submissions.flatMap((s) => (s.alertId ? [s.alertId] : []));
  const officerIds = [...new Set([...appointments, ...ratings].map((r) => r.officerId))];
  const villageIds = [...new Set([...submissions, ...appointments].map((r) => r.villageId))];
  const [alerts, officers, villages] = await Promise.all([
    batch(
      alertIds.map((alertId) => ({ countyId, alertId })),
      (keys) => db.entities.alert.get(keys),
    ),
    batch(
      officerIds.map((officerId) => ({ countyId, officerId })),
      (keys) => db.entities.officer.get(keys),
    ),
    batch(
      villageIds.map((villageId) => ({ countyId, villageId })),
      (keys) => db.entities.village.get(keys),
    ),
  ]);
  const openAlerts = new Set(alerts.filter((a) => a.inbox !== "closed").map((a) => a.alertId));
  const officer = new Map(officers.map((o) => [o.officerId, { nameZh: o.nameZh, nameEn: o.nameEn, slug: o.slug }]));
  const village = new Map(villages.map((v) => [v.villageId, { nameZh: v.nameZh, nameEn: v.nameEn }]));
  const open = (id: string, field: string, sealed: string) => Pii.openField(countyId, id, field, sealed);

  const registrations = await Promise.all(
    submissions
      .sort((a, b) => b.submittedAt - a.submittedAt)
      .map(async (s) => ({
        submissionId: s.submissionId,
        purpose: s.purpose,
        village: village.get(s.villageId),
        submittedAt: s.submittedAt,
        arrivalDate: s.arrivalDate,
        name: await open(s.submissionId, "name", s.nameSealed),
        phone: await open(s.submissionId, "phone", s.phoneSealed),
        address: await open(s.submissionId, "address", s.addressSealed),
        documentType: s.documentType,
        documentMasked: s.documentMasked,
        /** Until when the registration is kept (retention); an open health alert keeps it till then. */
        keptUntil: s.expiresAt * 1000,
        alertOpen: Boolean(s.alertId && openAlerts.has(s.alertId)),
      })),
  );
  return {
    phoneMasked: holder.phoneMasked,
    validUntil: holder.validUntil,
    registrations,
    bookings: appointments
      .sort((a, b) => b.startsAt - a.startsAt)
      .map((a) => ({
        reference: a.appointmentId,
        officer: officer.get(a.officerId),
        village: village.get(a.villageId),
        purpose: a.purpose,
        mode: a.mode,
        startsAt: a.startsAt,
        window: a.window,
        status: a.status,
      })),
    ratings: ratings
      .sort((a, b) => b.submittedAt - a.submittedAt)
      .map((r) => ({
        ratingId: r.ratingId,
        officer: officer.get(r.officerId),
        overall: r.overall,
        solved: r.solved,
        text: r.text,
        praiseState: r.praiseState,
        complaint: r.complaint,
        submittedAt: r.submittedAt,
      })),
  };
});
export type MyRecordsView = Awaited<ReturnType<typeof list>>;
