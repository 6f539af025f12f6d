import { detailsFromForm } from "./fields";
import { field } from "../Console/session";

/** The common fields of a work-log form, as the core verbs take them. */
export function entryFromForm(form: FormData) {
  const category = field(form, "category");
  const optional = (name: string) => field(form, name).trim() || undefined;
  return {
    category,
    villageId: field(form, "villageId"),
    gridId: optional("gridId"),
    occurredAt: field(form, "occurredAt"),
    notes: optional("notes"),
    details: detailsFromForm(category, form),
  };
}
