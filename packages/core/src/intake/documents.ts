import * as z from "zod";
import { Regions } from "./regions";

/**
 * Identity documents a resident may register with:
 * - `resident_id`: mainland resident identity card, 18 characters, GB 11643-1999 check digit;
 * - `hmt_residence`: residence permit for Hong Kong, Macao and Taiwan residents (same format and
 *   check digit, prefix 810000 / 820000 / 830000);
 * - `hk_macau_permit`: Mainland Travel Permit for Hong Kong and Macao residents (H or M + 8 digits,
 *   older cards + 2 more digits);
 * - `taiwan_permit`: Mainland Travel Permit for Taiwan residents (8 digits);
 * - `passport`: a Chinese passport (E/G + 8, or E + letter + 7) or a foreign one (5–20 letters and digits).
 */
export const documentTypes = ["resident_id", "hmt_residence", "hk_macau_permit", "taiwan_permit", "passport"] as const;
export type DocumentType = (typeof documentTypes)[number];

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = "10X98765432";

/** The GB 11643 check character of the first 17 digits. */
export function checkDigit(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return checkCharacters[sum % 11]!;
}

/** Why an 18-character citizen number is not valid, or undefined when it is. */
export function citizenNumberProblem(value: string, today: string): string | undefined {
  if (!/^\d{17}[\dX]$/.test(value)) return "Use 18 characters: 17 digits and a digit or X";
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(birth) || birth < "1900-01-01" || birth > today) {
    return "The date of birth in this number is not valid";
  }
  if (checkDigit(value.slice(0, 17)) !== value[17]) return "The check digit does not match: please check the number";
  return undefined;
}

/** Normalises (upper case, no spaces) and checks a document number; returns a problem or the number. */
export function checkDocument(
  type: DocumentType,
  raw: string,
  today: string,
): { number: string } | { problem: string } {
  const number = raw.replace(/\s+/g, "").toUpperCase();
  switch (type) {
    case "resident_id": {
      const problem = citizenNumberProblem(number, today);
      if (problem) return { problem };
      if (!Regions.isKnown(number.slice(0, 2))) return { problem: "The region in this number is not valid" };
      return { number };
    }
    case "hmt_residence": {
      if (!/^8[123]0000/.test(number))
        return { problem: "A residence permit number starts with 810000, 820000 or 830000" };
      const problem = citizenNumberProblem(number, today);
      return problem ? { problem } : { number };
    }
    case "hk_macau_permit":
      return /^[HM]\d{8}(\d{2})?$/.test(number) ? { number } : { problem: "Use H or M and 8 (or 10) digits" };
    case "taiwan_permit":
      return /^\d{8}$/.test(number) ? { number } : { problem: "Use the 8 digits of the permit" };
    case "passport":
      return /^(E[A-HJ-NP-Z0-9]\d{7}|G\d{8}|[A-Z0-9]{5,20})$/.test(number)
        ? { number }
        : { problem: "Use 5 to 20 letters and digits" };
  }
}

export const documentTypeSchema = z.enum(documentTypes, "Choose the type of document");
