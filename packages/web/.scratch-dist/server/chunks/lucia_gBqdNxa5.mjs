import { TimeSpan, Lucia } from 'lucia';
import { createHash } from 'node:crypto';
import { d as db } from './id_CvCQQS6k.mjs';

function sessionKeyOf(sessionId) {
  return createHash("sha256").update(sessionId).digest("hex");
}
const toSeconds = (date) => Math.floor(date.getTime() / 1e3);
const electroAdapter = {
  async getSessionAndUser(sessionId) {
    const {
      data: session
    } = await db.entities.session.get({
      sessionKey: sessionKeyOf(sessionId)
    }).go();
    if (!session || session.expiresAt * 1e3 <= Date.now()) return [null, null];
    const {
      data: user
    } = await db.entities.user.get({
      countyId: session.countyId,
      userId: session.userId
    }).go();
    if (!user || user.status !== "active") return [null, null];
    const databaseSession = {
      id: sessionId,
      userId: session.userId,
      expiresAt: new Date(session.expiresAt * 1e3),
      attributes: {
        countyId: session.countyId
      }
    };
    const databaseUser = {
      id: user.userId,
      attributes: user
    };
    return [databaseSession, databaseUser];
  },
  async getUserSessions(userId) {
    const {
      data
    } = await db.entities.session.query.byUser({
      userId
    }).go({
      pages: "all"
    });
    return data.map((session) => ({
      id: session.sessionKey,
      userId,
      expiresAt: new Date(session.expiresAt * 1e3),
      attributes: {
        countyId: session.countyId
      }
    }));
  },
  async setSession(session) {
    await db.entities.session.create({
      sessionKey: sessionKeyOf(session.id),
      userId: session.userId,
      countyId: session.attributes.countyId,
      expiresAt: toSeconds(session.expiresAt)
    }).go();
  },
  async updateSessionExpiration(sessionId, expiresAt) {
    await db.entities.session.patch({
      sessionKey: sessionKeyOf(sessionId)
    }).set({
      expiresAt: toSeconds(expiresAt)
    }).go();
  },
  async deleteSession(sessionId) {
    await db.entities.session.delete({
      sessionKey: sessionKeyOf(sessionId)
    }).go();
  },
  async deleteUserSessions(userId) {
    const {
      data
    } = await db.entities.session.query.byUser({
      userId
    }).go({
      pages: "all"
    });
    if (data.length) await db.entities.session.delete(data.map(({
      sessionKey
    }) => ({
      sessionKey
    }))).go();
  },
  // The table's TTL removes expired sessions; expired ones still present are ignored on read.
  async deleteExpiredSessions() {
  }
};

const sessionLifetime = new TimeSpan(12, "h");
const lucia = new Lucia(electroAdapter, {
  sessionExpiresIn: sessionLifetime,
  getUserAttributes: (user) => user,
  getSessionAttributes: (session) => session
});

export { lucia as l };
