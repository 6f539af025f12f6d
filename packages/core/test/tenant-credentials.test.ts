import { describe, expect, it, vi } from "vitest";
import { db } from "../src/db/service";
import {
  CACHE_MS,
  createTenantCredentials,
  REFRESH_MARGIN_MS,
  SESSION_SECONDS,
  TENANT_LEADING_KEYS,
  tenantCredentials,
  tenantKeyPrefix,
  type AssumeRoleInput,
} from "../src/db/tenant-credentials";

/**
 * IAM's StringLike for one policy value after variable substitution: `${aws:PrincipalTag/countyId}`
 * becomes the session tag, `${$}` `${*}` `${?}` are literal characters, a bare `*` matches any run
 * of characters and a bare `?` exactly one; everything else is literal and case-sensitive.
 */
function stringLike(pattern: string, tags: Record<string, string>, value: string): boolean {
  let regex = "";
  for (let i = 0; i < pattern.length; ) {
    const variable = /^\$\{([^}]+)\}/.exec(pattern.slice(i));
    if (variable) {
      const name = variable[1]!;
      const literal =
        name === "$" || name === "*" || name === "?"
          ? name
          : name.startsWith("aws:PrincipalTag/")
            ? tags[name.slice(17)]
            : undefined;
      if (literal === undefined) return false; // an absent tag makes the condition fail
      regex += literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      i += variable[0].length;
      continue;
    }
    const char = pattern[i]!;
    regex += char === "*" ? "[\\s\\S]*" : char === "?" ? "[\\s\\S]" : char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    i++;
  }
  return new RegExp(`^${regex}$`).test(value);
}

/** `ForAllValues:StringLike`: every leading key of the request matches one of the values. */
function admits(tag: string, leadingKeys: string[]): boolean {
  return leadingKeys.every((key) => TENANT_LEADING_KEYS.some((pattern) => stringLike(pattern, { countyId: tag }, key)));
}

type Item = Record<string, string>;

function countyItem(countyId: string): Item {
  return db.entities.county
    .put({
      countyId,
      slug: `s${countyId}`,
      nameZh: "县",
      nameEn: "County",
      cityZh: "市",
      cityEn: "City",
      divisionCode: "441322",
    } as never)
    .params<{ Item: Item }>().Item;
}

/**
 * Partition keys (table and GSI) ElectroDB writes for real items of one county: the county item's
 * own partition, a work-log entry (table, per-officer gsi1, per-village gsi2) and a counter. The
 * county item's gsi1 (by slug) and gsi2 (all counties) are platform-wide, see below.
 */
function keysOf(countyId: string): string[] {
  const e = db.entities;
  const items = [
    { pk: countyItem(countyId).pk } as Item,
    e.workLog
      .put({
        countyId,
        entryId: "e1",
        officerId: "o1",
        precinctId: "p1",
        villageId: "v1",
        category: "visit",
        occurredAt: 1,
        day: "2026-01-01",
        details: {},
        createdBy: "u1",
      })
      .params<{ Item: Record<string, string> }>().Item,
    e.counter.put({ countyId, scope: "county", day: "2026-01-01" } as never).params<{ Item: Record<string, string> }>()
      .Item,
  ];
  return items.flatMap((item) => [item.pk, item.gsi1pk, item.gsi2pk]).filter((k): k is string => typeof k === "string");
}

describe("the tenant role's LeadingKeys condition", () => {
  it("matches the prefix ElectroDB really writes", () => {
    const keys = keysOf("a");
    expect(keys).toContain("$cunjing#countyid_a"); // the county item's own partition
    expect(keys).toContain("$cunjing#countyid_a#entryid_e1");
    expect(keys).toContain("$cunjing#countyid_a#officerid_o1"); // gsi1 of a work-log entry
    for (const key of keys) expect(key.startsWith(tenantKeyPrefix("a"))).toBe(true);
  });

  it("admits county a's keys for tag a, on the table and its indexes", () => {
    const keys = keysOf("a");
    expect(keys.length).toBeGreaterThanOrEqual(5);
    for (const key of keys) expect(admits("a", [key]), key).toBe(true);
    expect(admits("a", keys)).toBe(true);
  });

  it("excludes county b's keys, and a batch that mixes a and b", () => {
    for (const key of keysOf("b")) expect(admits("a", [key]), key).toBe(false);
    expect(admits("a", [...keysOf("a"), keysOf("b")[1]!])).toBe(false);
  });

  it("does not let county a reach a county whose id starts with a", () => {
    for (const key of keysOf("ab")) expect(admits("a", [key]), key).toBe(false);
  });

  it("excludes platform-wide keys (sessions, county slugs) that other roles read", () => {
    const session = db.entities.session
      .put({ sessionKey: "k", userId: "u1", countyId: "a", expiresAt: 1 } as never)
      .params<{ Item: Record<string, string> }>().Item;
    const unique = db.entities.unique
      .put({ scope: "platform", kind: "county.slug", value: "boluo", ownerId: "a" } as never)
      .params<{ Item: Record<string, string> }>().Item;
    const county = countyItem("a");
    const platformWide = [session.pk, session.gsi2pk, unique.pk, county.gsi1pk, county.gsi2pk];
    expect(platformWide).toEqual([
      "$cunjing#sessionkey_k",
      "$cunjing#userid_u1",
      "$cunjing#countyid_platform#kind_county.slug#value_boluo",
      "$cunjing#slug_sa",
      "$cunjing",
    ]);
    for (const key of platformWide) expect(admits("a", [key!]), key).toBe(false);
  });

  it("is a wildcard nowhere but after the county's own `#`", () => {
    expect(TENANT_LEADING_KEYS).toEqual([
      "${$}cunjing#countyid_${aws:PrincipalTag/countyId}",
      "${$}cunjing#countyid_${aws:PrincipalTag/countyId}#*",
    ]);
  });
});

describe("tenant credentials", () => {
  const roleArn = "arn:aws:iam::123456789012:role/tenant";
  const issue = (now: number, input: AssumeRoleInput) => ({
    accessKeyId: `AKIA-${input.tags[0]!.Value}-${now}`,
    secretAccessKey: "secret",
    sessionToken: "token",
    expiration: new Date(now + input.durationSeconds * 1000),
  });

  it("assumes the role once per county with the county as session tag, and caches it", async () => {
    let clock = 1_000_000;
    const assumeRole = vi.fn(async (input: AssumeRoleInput) => issue(clock, input));
    const source = createTenantCredentials({ roleArn, assumeRole, now: () => clock });
    const [first, second] = await Promise.all([source.forCounty("Abc1"), source.forCounty("abc1")]);
    expect(first).toBe(second);
    expect(assumeRole).toHaveBeenCalledTimes(1);
    expect(assumeRole).toHaveBeenCalledWith({
      roleArn,
      sessionName: "cunjing-abc1",
      durationSeconds: SESSION_SECONDS,
      tags: [{ Key: "countyId", Value: "abc1" }],
    });
    clock += CACHE_MS - 1;
    expect(await source.provider("abc1")()).toBe(first);
    expect(assumeRole).toHaveBeenCalledTimes(1);
    await source.forCounty("other");
    expect(assumeRole).toHaveBeenCalledTimes(2);
    expect(source.size).toBe(2);
  });

  it("refreshes after ten minutes, and before credentials come near expiry", async () => {
    let clock = 0;
    let lifetime = SESSION_SECONDS * 1000;
    const assumeRole = vi.fn(async (input: AssumeRoleInput) => ({
      ...issue(clock, input),
      expiration: new Date(clock + lifetime),
    }));
    const source = createTenantCredentials({ roleArn, assumeRole, now: () => clock });
    const first = await source.forCounty("a");
    clock += CACHE_MS;
    const second = await source.forCounty("a");
    expect(second).not.toBe(first);
    expect(assumeRole).toHaveBeenCalledTimes(2);
    // Credentials that expire sooner than the cache period are replaced before they run out.
    lifetime = REFRESH_MARGIN_MS + 60_000;
    clock += CACHE_MS;
    await source.forCounty("a");
    clock += 60_000;
    await source.forCounty("a");
    expect(assumeRole).toHaveBeenCalledTimes(4);
  });

  it("forgets a failed AssumeRole so the next request tries again", async () => {
    const assumeRole = vi
      .fn<(input: AssumeRoleInput) => Promise<ReturnType<typeof issue>>>()
      .mockRejectedValueOnce(new Error("throttled"))
      .mockImplementation(async (input) => issue(0, input));
    const source = createTenantCredentials({ roleArn, assumeRole, now: () => 0 });
    await expect(source.forCounty("a")).rejects.toThrow("throttled");
    await expect(source.forCounty("a")).resolves.toMatchObject({ accessKeyId: "AKIA-a-0" });
  });

  it("never puts a wildcard into the tag", async () => {
    const source = createTenantCredentials({ roleArn, assumeRole: async (input) => issue(0, input) });
    for (const bad of ["*", "a*", "a?", "", "a#b", "${aws:username}"]) {
      await expect(source.forCounty(bad), bad).rejects.toThrow(/Not a county id/);
    }
  });

  it("is off unless TENANT_ROLE_ARN is set, and always against DynamoDB Local", () => {
    expect(tenantCredentials({})).toBeUndefined();
    expect(tenantCredentials({ TENANT_ROLE_ARN: roleArn, DYNAMODB_ENDPOINT: "http://127.0.0.1:8000" })).toBeUndefined();
    expect(tenantCredentials({ TENANT_ROLE_ARN: roleArn })).toBeDefined();
    // The test process itself runs locally: isolation is off here.
    expect(tenantCredentials()).toBeUndefined();
  });
});
