/** County B's identifiers, as an attacker in county A would try them. */
export type Target = {
  countyId: string;
  slug: string;
  precinctIds: string[];
  villageIds: string[];
  officerIds: string[];
  userIds: string[];
};

/**
 * For each procedure, the inputs an attacker from county A tries with county B's ids. A procedure
 * missing here fails the tenancy harness, so the table grows with the API.
 */
export const attacks: Record<string, (b: Target) => unknown[]> = {
  "county.list": () => [undefined],
  "county.bySlug": (b) => [b.slug],
  "auth.me": () => [undefined],
  "user.list": () => [undefined],
  "user.invite": (b) => [
    { username: "attack.officer", displayName: "X", role: "officer", officerId: b.officerIds[0] },
    { username: "attack.super", displayName: "X", role: "precinct_supervisor", precinctId: b.precinctIds[0] },
    { username: "attack.admin", displayName: "X", role: "county_admin", countySlug: b.slug },
  ],
  "user.setRole": (b) => [{ userId: b.userIds[0], role: "officer", officerId: b.officerIds[0] }],
};
