import { roles, withActor, type Actor, type Role } from "@cunjing/core/actor";
import { Auth } from "@cunjing/core/auth/index";
import { Invitation } from "@cunjing/core/auth/invitation";
import { Session } from "@cunjing/core/auth/session";
import { County } from "@cunjing/core/county/index";
import { Officer } from "@cunjing/core/officer/index";
import { Village } from "@cunjing/core/village/index";
import { demoAccounts, demoPassword } from "../../../../scripts/seed/demo-data";
import { sessionActor, system, type TargetSet } from "./targets";

/** Someone knocking on the doors: in-process as an actor, over HTTP with a session cookie. */
export type Attacker = {
  name: string;
  role: Role | "anonymous";
  actor: Actor;
  /** Signs in over HTTP (a fresh session each call); undefined for anonymous callers. */
  signIn?: (base: string) => Promise<string>;
  /** The sets of foreign records this attacker tries. */
  targets: TargetSet[];
};

const extraPassword = "tenancy-harness-pw";

/**
 * Every role of county A (boluo) and anonymous callers attack county B; inside county A, a supervisor
 * of another precinct (shiwan) and an officer of other villages attack the demo precinct chengzhen
 * and its officer xu-jieshan.
 */
export async function attackersFor(countyB: TargetSet, otherPrecinct: TargetSet): Promise<Attacker[]> {
  const attackers: Attacker[] = [
    { name: "anonymous", role: "anonymous", actor: { type: "public", properties: {} }, targets: [countyB] },
  ];
  for (const account of demoAccounts.filter((a) => a.county === "boluo")) {
    attackers.push({
      name: account.username,
      role: account.role,
      actor: await sessionActor("boluo", account.username),
      signIn: (base) => signInOverHttp(base, "boluo", account.username, demoPassword),
      targets: [countyB],
    });
  }
  const covered = new Set(attackers.map((a) => a.role));
  const missing = roles.filter((r) => r !== "platform_admin" && !covered.has(r));
  if (missing.length) throw new Error(`No demo account of county A with the roles ${missing.join(", ")}`);

  for (const extra of await createShiwanAccounts(otherPrecinct.countyId)) {
    attackers.push({
      name: extra.username,
      role: extra.role,
      actor: await sessionActor("boluo", extra.username, extraPassword),
      signIn: (base) => signInOverHttp(base, "boluo", extra.username, extraPassword),
      targets: [countyB, otherPrecinct],
    });
  }
  return attackers;
}

/**
 * In precinct shiwan of county A: a new officer serving the village without one (石湾社区), with an
 * account, and a supervisor account for the precinct; made through the verbs the console uses
 * (officer create, village assignment, invitation and its acceptance).
 */
async function createShiwanAccounts(countyId: string) {
  const admin = system(countyId);
  const roster = await withActor(admin, () => County.roster());
  const shiwan = roster.precincts.find((p) => p.nameZh === "石湾派出所")!;
  const village = roster.villages.find((v) => v.nameZh === "石湾社区")!;
  const officerId = await withActor(admin, async () => {
    const id = await Officer.create({
      slug: "shiwan-harness",
      nameZh: "石磊",
      nameEn: "Shi Lei",
      badge: "441322299",
      precinctId: shiwan.precinctId,
    });
    await Village.assignOfficer({ villageId: village.villageId, officerId: id });
    return id;
  });
  const accounts = [
    { username: "shiwan.officer", role: "officer" as const, officerId },
    { username: "shiwan.supervisor", role: "precinct_supervisor" as const, precinctId: shiwan.precinctId },
  ];
  for (const { username, ...patch } of accounts) {
    const { token } = await withActor(admin, () => Invitation.create({ username, displayName: username, ...patch }));
    await withActor({ type: "public", properties: {} }, () =>
      Auth.acceptInvitation({ token, password: extraPassword }),
    );
  }
  return accounts;
}

/** The console's sign-in form, as a browser posts it; answers the `Cookie` header of the new session. */
export async function signInOverHttp(base: string, county: string, username: string, password: string) {
  const response = await fetch(`${base}/console/signin`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: base, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ county, username, password }),
  });
  await response.arrayBuffer();
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${Session.cookieName}=`))
    ?.split(";")[0];
  if (response.status !== 303 || !cookie) throw new Error(`Sign-in refused for ${county}/${username}`);
  return cookie;
}
