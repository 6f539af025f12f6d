import { Excellence } from "@cunjing/core/excellence/index";
import { assertActive, forCounty, type Ok } from "../Site/outcome";

/**
 * The public list of excellent villages: the county and criteria items (GetItem each) and the
 * latest evaluated half-year's results (one Query).
 */
export function loadExcellent(countySlug: string | undefined) {
  return forCounty(countySlug, async () => {
    const data = await Excellence.published();
    assertActive(data.county);
    return data;
  });
}

export type ExcellentData = Ok<ReturnType<typeof loadExcellent>>;
