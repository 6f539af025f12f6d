import { expect } from "vitest";
import { withActor, type Actor } from "../../src/actor";
import { County } from "../../src/county/index";
import { VisibleError } from "../../src/util/errors";

export const system = (countyId?: string): Actor => ({ type: "system", properties: { countyId } });
export const platformAdmin: Actor = {
  type: "user",
  properties: { userId: "platform-1", role: "platform_admin", villageIds: [] },
};
export const countyAdmin = (countyId: string): Actor => ({
  type: "user",
  properties: { userId: "admin-1", role: "county_admin", countyId, villageIds: [] },
});
export const supervisor = (countyId: string, precinctId: string): Actor => ({
  type: "user",
  properties: { userId: "sup-1", role: "precinct_supervisor", countyId, precinctId, villageIds: [] },
});

let counter = 0;

/** A fresh county for a test: its id and the admin actor. */
export async function newCounty(slug = `county-${++counter}-${Date.now().toString(36)}`) {
  const countyId = await withActor(platformAdmin, () =>
    County.create({
      slug,
      nameZh: "博罗县",
      nameEn: "Boluo County",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
    }),
  );
  return { countyId, slug, admin: countyAdmin(countyId) };
}

export async function rejection(promise: Promise<unknown>): Promise<VisibleError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}
