import * as z from "zod";

/** Province-level prefixes of GB/T 2260 administrative division codes. */
const provinces = new Set([
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
]);

/**
 * A county-level code (县/区/县级市): a known province, a prefecture part that is not 00 and a
 * county part that is not 00. 441322 is Boluo County (44 Guangdong, 13 Huizhou, 22 Boluo).
 */
export function isCountyDivisionCode(code: string): boolean {
  return /^\d{6}$/.test(code) && provinces.has(code.slice(0, 2)) && code.slice(2, 4) !== "00" && code.slice(4) !== "00";
}

export const divisionCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "Use the 6-digit administrative division code")
  .refine(isCountyDivisionCode, "Not a county-level division code");
