import type { EntityItem } from "electrodb";
import { documentTypes, checkDigit, checkDocument } from "./documents";
import type { IntakeFormEntity } from "./form.entity";
import { formStatuses, purposes } from "./form.entity";
import { figures } from "./figures";
import { createForm, getForm, listForms, publicForm, setFormStatus } from "./forms";
import { exportSubmissions, listSubmissions, reveal, type MaskedSubmission } from "./records";
import { loadRegions, Regions } from "./regions";
import { consentVersion, submit } from "./submit";

export { IntakeLimitedError } from "./limits";

/**
 * QR intake forms: a village's (or grid's) registration form for arrivals, rentals and the floating
 * population; residents register without an account; personal fields are sealed per field, listed
 * masked, revealed only with a reason (audited) and expire after the county's retention period; a
 * registration from a region on the county's risk list raises an `Alert`.
 */
export namespace Intake {
  export type Form = EntityItem<typeof IntakeFormEntity>;
  export type Submission = MaskedSubmission;
  export const purposeNames = purposes;
  export const statusNames = formStatuses;
  export const documentTypeNames = documentTypes;
  export const consent = consentVersion;
  export const regions = Regions;
  export const loadRegionCodes = loadRegions;
  export const documents = { check: checkDocument, checkDigit };

  // Officers and admins
  export const create = createForm;
  export const list = listForms;
  export const get = getForm;
  export const setStatus = setFormStatus;
  export const submissions = listSubmissions;
  export const revealRecord = reveal;
  export const exportCsv = exportSubmissions;
  export const dashboard = figures;
  // Residents
  export const forPublic = publicForm;
  export const register = submit;
}
