import * as z from "zod";
import type { Access } from "../access";
import { useCounty } from "../actor";
import { Audit } from "../audit/index";
import { db } from "../db/service";
import { fn } from "../util/fn";
import { actorId } from "./rules";
import { countySigningKey } from "./webhook";

const local = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

export const hookUrl = z
  .string()
  .trim()
  .max(500, "Use at most 500 characters")
  .url("Use a web address")
  .refine(
    (url) => url.startsWith("https://") || (process.env.NODE_ENV !== "production" && local.test(url)),
    "Use an https address",
  );

/** The webhook and its signing key are the county admin's. */
const admin: Access = { county_admin: "county" };

/**
 * The health department's webhook and the signing key to give them (county admin). Once the key has
 * been rotated it is not shown here again: a rotated key is shown once, by the rotation (/console/keys).
 */
export const getHook = fn(admin, z.void(), async () => {
  const countyId = useCounty();
  const [{ data }, { data: ring }] = await Promise.all([
    db.entities.alertHook.get({ countyId, setting: "hook" }).go(),
    db.entities.keyRing.get({ countyId, ring: "pii" }).go(),
  ]);
  const generation = ring?.webhookGeneration ?? 1;
  return { url: data?.url, generation, signingKey: generation === 1 ? countySigningKey(countyId) : undefined };
});

export const setHook = fn(admin, z.object({ url: hookUrl }), async ({ url }) => {
  const countyId = useCounty();
  await db.entities.alertHook.put({ countyId, setting: "hook", url, changedBy: actorId() }).go();
  await Audit.record({ countyId, action: "alert.hook_changed", detail: { url } });
  return { url };
});
