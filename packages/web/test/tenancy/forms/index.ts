import { intakeForms } from "./intake";
import { onboardingForms } from "./onboarding";
import { publicForms } from "./public";
import { recognitionForms } from "./recognition";
import type { FormDoor } from "./types";
import { workForms } from "./work";

export type { FormDoor, FormPost } from "./types";

/** Every form door of the site; a writing page or an intent value missing here fails the harness. */
export const forms: FormDoor[] = [
  ...workForms,
  ...onboardingForms,
  ...intakeForms,
  ...recognitionForms,
  ...publicForms,
];

export const doorName = (door: FormDoor) => (door.intent ? `${door.route} ${door.intent}` : door.route);
