import { createHash } from "node:crypto";
import type { Adapter, DatabaseSession, DatabaseUser } from "lucia";
import { withPlatformAccess } from "../db/client";
import { db } from "../db/service";

/** Session ids are stored only as their SHA-256. */
export function sessionKeyOf(sessionId: string): string {
  return createHash("sha256").update(sessionId).digest("hex");
}

const toSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * Runs every method with the function's own role: sessions are platform-wide items, found by the
 * session key before anyone knows the county.
 */
function platformWide(adapter: Adapter): Adapter {
  return Object.fromEntries(
    Object.entries(adapter).map(([name, method]) => [
      name,
      (...args: unknown[]) => withPlatformAccess(() => (method as (...a: unknown[]) => unknown)(...args)),
    ]),
  ) as unknown as Adapter;
}

/** Lucia v3's storage on the one table: sessions by key, by user; users by county and id. */
export const electroAdapter: Adapter = platformWide({
  async getSessionAndUser(sessionId) {
    const { data: session } = await db.entities.session.get({ sessionKey: sessionKeyOf(sessionId) }).go();
    if (!session || session.expiresAt * 1000 <= Date.now()) return [null, null];
    const { data: user } = await db.entities.user.get({ countyId: session.countyId, userId: session.userId }).go();
    if (!user || user.status !== "active") return [null, null];
    const databaseSession: DatabaseSession = {
      id: sessionId,
      userId: session.userId,
      expiresAt: new Date(session.expiresAt * 1000),
      attributes: { countyId: session.countyId },
    };
    const databaseUser: DatabaseUser = { id: user.userId, attributes: user };
    return [databaseSession, databaseUser];
  },

  async getUserSessions(userId) {
    const { data } = await db.entities.session.query.byUser({ userId }).go({ pages: "all" });
    return data.map((session) => ({
      id: session.sessionKey,
      userId,
      expiresAt: new Date(session.expiresAt * 1000),
      attributes: { countyId: session.countyId },
    }));
  },

  async setSession(session) {
    await db.entities.session
      .create({
        sessionKey: sessionKeyOf(session.id),
        userId: session.userId,
        countyId: session.attributes.countyId,
        expiresAt: toSeconds(session.expiresAt),
      })
      .go();
  },

  async updateSessionExpiration(sessionId, expiresAt) {
    await db.entities.session
      .patch({ sessionKey: sessionKeyOf(sessionId) })
      .set({ expiresAt: toSeconds(expiresAt) })
      .go();
  },

  async deleteSession(sessionId) {
    await db.entities.session.delete({ sessionKey: sessionKeyOf(sessionId) }).go();
  },

  async deleteUserSessions(userId) {
    const { data } = await db.entities.session.query.byUser({ userId }).go({ pages: "all" });
    if (data.length) await db.entities.session.delete(data.map(({ sessionKey }) => ({ sessionKey }))).go();
  },

  // The table's TTL removes expired sessions; expired ones still present are ignored on read.
  async deleteExpiredSessions() {},
});
