import { d as db, n as platformTenant, k as useActor } from './id_CvCQQS6k.mjs';
import { A as Audit } from './index_IgvBWgW0.mjs';
import { U as User } from './index_BeX0c_zr.mjs';
import { l as lucia } from './lucia_gBqdNxa5.mjs';

var Session;
((Session2) => {
  Session2.cookieName = "cunjing_session";
  function cookieAttributes(url, expiresAt) {
    const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
    return {
      httpOnly: true,
      secure: !local,
      sameSite: "lax",
      path: "/",
      maxAge: Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1e3)),
      expires: expiresAt
    };
  }
  Session2.cookieAttributes = cookieAttributes;
  async function actorOf(sessionId) {
    if (!sessionId || sessionId.length > 100) return void 0;
    const {
      session,
      user
    } = await lucia.validateSession(sessionId);
    if (!session || !user) return void 0;
    const officer = user.role === "officer" && user.officerId ? (await db.entities.officer.get({
      countyId: user.countyId,
      officerId: user.officerId
    }).go()).data : void 0;
    const villageIds = [...officer?.villageIds ?? []];
    const actor = {
      type: "user",
      properties: {
        userId: user.userId,
        role: user.role,
        countyId: user.countyId === platformTenant ? void 0 : user.countyId,
        precinctId: officer?.precinctId ?? user.precinctId,
        officerId: user.officerId,
        villageIds
      }
    };
    return {
      actor,
      user: User.summary(user),
      session,
      renewed: session.fresh ? session.expiresAt : void 0
    };
  }
  Session2.actorOf = actorOf;
  async function end(sessionId) {
    const actor = useActor();
    await lucia.invalidateSession(sessionId);
    if (actor.type === "user") {
      await Audit.record({
        countyId: actor.properties.countyId ?? platformTenant,
        action: "auth.signed_out"
      });
    }
  }
  Session2.end = end;
})(Session || (Session = {}));

export { Session as S };
