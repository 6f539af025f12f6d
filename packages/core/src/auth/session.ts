import { useActor, type UserActor } from "../actor";
import { Audit } from "../audit/index";
import { db } from "../db/service";
import { User } from "../user/index";
import { platformTenant } from "../user/user.entity";
import { lucia } from "./lucia";

/** Console sessions: the cookie, and the actor behind it. No password code lives here. */
export namespace Session {
  export const cookieName = "cunjing_session";

  /**
   * Cookie attributes: HttpOnly, Lax, Secure whenever the site is served over HTTPS (the request's
   * scheme or `SITE_URL`'s) and on any host but loopback, a real Max-Age, and Expires too:
   * astro-sst re-serialises Set-Cookie with a lower-case `maxAge=` that browsers ignore, while
   * its `expires=` survives, so the session cookie stays persistent on Lambda as well.
   */
  export function cookieAttributes(url: URL, expiresAt: Date) {
    const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
    const https = url.protocol === "https:" || /^https:/i.test(process.env.SITE_URL?.trim() ?? "");
    return {
      httpOnly: true,
      secure: https || !local,
      sameSite: "lax" as const,
      path: "/",
      maxAge: Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000)),
      expires: expiresAt,
    };
  }

  /**
   * The actor behind a session cookie, or undefined. `renewed` carries a new expiry when Lucia
   * extended the session, so the caller refreshes the cookie.
   */
  export async function actorOf(sessionId: string | undefined) {
    if (!sessionId || sessionId.length > 100) return undefined;
    const { session, user } = await lucia.validateSession(sessionId);
    if (!session || !user) return undefined;
    // An officer's patch and precinct come from the officer record, which assignments keep current.
    const officer =
      user.role === "officer" && user.officerId
        ? (await db.entities.officer.get({ countyId: user.countyId, officerId: user.officerId }).go()).data
        : undefined;
    const villageIds = [...(officer?.villageIds ?? [])];
    const actor: UserActor = {
      type: "user",
      properties: {
        userId: user.userId,
        role: user.role,
        countyId: user.countyId === platformTenant ? undefined : user.countyId,
        precinctId: officer?.precinctId ?? user.precinctId,
        officerId: user.officerId,
        villageIds,
      },
    };
    return { actor, user: User.summary(user), session, renewed: session.fresh ? session.expiresAt : undefined };
  }

  export async function end(sessionId: string) {
    const actor = useActor();
    await lucia.invalidateSession(sessionId);
    if (actor.type === "user") {
      await Audit.record({ countyId: actor.properties.countyId ?? platformTenant, action: "auth.signed_out" });
    }
  }
}
