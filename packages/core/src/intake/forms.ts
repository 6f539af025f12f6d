import * as z from "zod";
import { reaches, useScope, type Access } from "../access";
import { useActor, useCounty, type Actor } from "../actor";
import { Audit } from "../audit/index";
import { db } from "../db/service";
import { ConflictError, ForbiddenError, NotFoundError } from "../util/errors";
import { conflictOr } from "../db/transaction";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { id } from "../util/schemas";
import { formStatuses, purposes } from "./form.entity";
import { forgetForm, residents } from "./submit";

export const maxExtraFields = 5;

const extraField = z.object({
  labelZh: z.string().trim().min(1, "Required").max(40, "Use at most 40 characters"),
  labelEn: z.string().trim().max(80, "Use at most 80 characters").optional(),
  required: z.coerce.boolean().default(false),
});

export const createFormSchema = z.object({
  /** Only the system actor (the demo seed) may choose the id; everyone else gets a random token. */
  formId: id.optional(),
  purpose: z.enum(purposes, "Choose a purpose"),
  villageId: id,
  /** A grid cell's code within the village, to print a form per grid. */
  gridId: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Za-z0-9-]*$/, "Use the grid's code")
    .optional()
    .transform((value) => value || undefined),
  titleZh: z.string().trim().min(1, "Required").max(60, "Use at most 60 characters"),
  titleEn: z.string().trim().max(120, "Use at most 120 characters").optional(),
  extraFields: z.array(extraField).max(maxExtraFields, `At most ${maxExtraFields} extra questions`).default([]),
});

/**
 * Who manages a village's forms and its registrations: a county admin (the county), the precinct's
 * supervisor (their precinct), the village's officer (their patch). Each reaches only those forms.
 */
export const managers: Access = { county_admin: "county", precinct_supervisor: "precinct", officer: "patch" };

function by(actor: Actor) {
  return actor.type === "user" ? actor.properties.userId : actor.type;
}

/** Opens a form for a village (or a grid of it); its id is the QR code's token. */
export const createForm = fn(managers, createFormSchema, async (input) => {
  const actor = useActor();
  const countyId = useCounty();
  const { data: village } = await db.entities.village.get({ countyId, villageId: input.villageId }).go();
  if (!village || village.status !== "active") throw new NotFoundError("village.not_found", "No such village");
  if (!reaches(village)) throw new ForbiddenError("intake.village_forbidden", "Choose a village you look after");
  if (input.gridId) {
    const { data: grid } = await db.entities.grid
      .get({ countyId, villageId: village.villageId, code: input.gridId.toLowerCase() })
      .go();
    if (!grid) throw new NotFoundError("grid.not_found", "No such grid in this village");
  }
  const formId = useScope() === "system" && input.formId ? input.formId : createId();
  await db.entities.intakeForm
    .create({
      countyId,
      formId,
      list: "forms",
      purpose: input.purpose,
      villageId: village.villageId,
      precinctId: village.precinctId,
      gridId: input.gridId,
      titleZh: input.titleZh,
      titleEn: input.titleEn || undefined,
      extraFields: input.extraFields.map((field, i) => ({
        ...field,
        labelEn: field.labelEn || undefined,
        key: `q${i + 1}`,
      })),
      status: "active",
      createdBy: by(actor),
      openedAt: Date.now(),
    })
    .go()
    .catch((error: unknown) => {
      throw conflictOr(error, new ConflictError("intake.form_exists", "This form exists"));
    });
  await Audit.record({
    countyId,
    action: "intake.form_created",
    subject: formId,
    detail: { villageId: village.villageId, purpose: input.purpose },
  });
  return formId;
});

/** The forms the actor manages, newest first. */
export const listForms = fn(managers, z.void(), async () => {
  const { data } = await db.entities.intakeForm.query
    .byCounty({ countyId: useCounty(), list: "forms" })
    .go({ order: "desc", pages: "all" });
  return data.filter(reaches);
});

export const getForm = fn(managers, z.object({ formId: id }), async ({ formId }) => {
  const { data } = await db.entities.intakeForm.get({ countyId: useCounty(), formId }).go();
  if (!data || !reaches(data)) throw new NotFoundError("intake.form_not_found", "No such form");
  return data;
});

/** Pause (and resume) or close a form; a closed form stays closed. */
export const setFormStatus = fn(
  managers,
  z.object({ formId: id, status: z.enum(formStatuses) }),
  async ({ formId, status }) => {
    const form = await getForm({ formId });
    const countyId = useCounty();
    if (form.status === "closed" && status !== "closed") {
      throw new ForbiddenError("intake.form_closed", "A closed form cannot be opened again: create a new one");
    }
    await db.entities.intakeForm.patch({ countyId, formId }).set({ status }).go();
    forgetForm(countyId, formId);
    await Audit.record({
      countyId,
      action: "intake.form_status_changed",
      subject: formId,
      detail: { from: form.status, to: status },
    });
    return { status };
  },
);

/** What the public page shows: the form and its village, by token, in the county of the address. */
export const publicForm = fn(residents, z.object({ formId: z.string().trim().max(40) }), async ({ formId }) => {
  const countyId = useCounty();
  if (!id.safeParse(formId).success) throw new NotFoundError("intake.form_not_found", "No such form");
  const { data: form } = await db.entities.intakeForm.get({ countyId, formId }).go();
  if (!form) throw new NotFoundError("intake.form_not_found", "No such form");
  const { data: village } = await db.entities.village.get({ countyId, villageId: form.villageId }).go();
  return {
    formId: form.formId,
    purpose: form.purpose,
    titleZh: form.titleZh,
    titleEn: form.titleEn,
    status: form.status,
    extraFields: form.extraFields,
    villageNameZh: village?.nameZh ?? "",
    villageNameEn: village?.nameEn,
  };
});
