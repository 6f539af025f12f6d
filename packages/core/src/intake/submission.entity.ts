import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";
import { documentTypes } from "./documents";
import { purposes } from "./form.entity";

/**
 * One resident's registration. Name, document number, phone, address and county-defined answers
 * are stored only sealed (`*Sealed`, AES-256-GCM under the county's data key) with masks for lists;
 * the phone also as a keyed hash for look-ups. The id is the receipt code the resident keeps; the
 * resident may correct the phone and address (`MyRecords`). The item expires by TTL after the
 * county's retention period.
 */
export const IntakeSubmissionEntity = new Entity(
  {
    model: { entity: "intakeSubmission", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      submissionId: { type: "string", required: true, readOnly: true },
      formId: { type: "string", required: true, readOnly: true },
      purpose: { type: purposes, required: true, readOnly: true },
      villageId: { type: "string", required: true, readOnly: true },
      precinctId: { type: "string", required: true, readOnly: true },
      gridId: { type: "string", readOnly: true },
      documentType: { type: documentTypes, required: true, readOnly: true },
      nameSealed: { type: "string", required: true, readOnly: true },
      documentSealed: { type: "string", required: true, readOnly: true },
      phoneSealed: { type: "string", required: true },
      addressSealed: { type: "string", required: true },
      /** County-defined answers as one sealed JSON object; absent when there are none. */
      extrasSealed: { type: "string", readOnly: true },
      nameMasked: { type: "string", required: true, readOnly: true },
      documentMasked: { type: "string", required: true, readOnly: true },
      phoneMasked: { type: "string", required: true },
      phoneHash: { type: "string", required: true },
      arrivalDate: { type: "string", required: true, readOnly: true },
      originCode: { type: "string", required: true, readOnly: true },
      /** Rental registrations: lease and rooms; no landlord data is asked for. */
      rental: {
        type: "map",
        readOnly: true,
        properties: {
          leaseStart: { type: "string", required: true },
          leaseEnd: { type: "string" },
          rooms: { type: "number", required: true },
          occupants: { type: "number", required: true },
        },
      },
      consentVersion: { type: "string", required: true, readOnly: true },
      submittedAt: { type: "number", required: true, readOnly: true },
      day: { type: "string", required: true, readOnly: true },
      /** The alert this registration raised, if it matched the county's risk list. */
      alertId: { type: "string", readOnly: true },
      expiresAt: { type: "number", required: true, readOnly: true },
      ...timestamps,
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["countyId", "submissionId"] },
        sk: { field: "sk", composite: [] },
      },
      byForm: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["countyId", "formId"] },
        sk: { field: "gsi1sk", composite: ["submittedAt", "submissionId"] },
      },
      byVillage: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["countyId", "villageId"] },
        sk: { field: "gsi2sk", composite: ["submittedAt", "submissionId"] },
      },
    },
  },
  entityConfig,
);
