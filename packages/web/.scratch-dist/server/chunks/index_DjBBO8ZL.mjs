import * as z from 'zod';
import { n as platformTenant, d as db, e as assertActor, c as createId, w as withActor } from './id_CvCQQS6k.mjs';
import { A as Audit } from './index_IgvBWgW0.mjs';
import { C as County } from './index_BeLTUk0H.mjs';
import { a as assertCommitted } from './transaction_BNauezNn.mjs';
import { s as signInPolicies, R as RateLimit } from './index_DEu4dKf_.mjs';
import { p as password, U as User } from './index_BeX0c_zr.mjs';
import { F as ForbiddenError, I as InputError, N as NotFoundError, C as ConflictError, V as VisibleError } from './errors_MfzDXNyI.mjs';
import { f as fn, s as slug } from './schemas_Cu4Pp2P7.mjs';
import { t as tokenKeyOf, I as Invitation } from './invitation_D8NCnsvu.mjs';
import { l as lucia } from './lucia_gBqdNxa5.mjs';
import { verify, hash } from '@node-rs/argon2';

const options = {
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1
};
function hashPassword(password) {
  return hash(password, options);
}
async function verifyPassword(passwordHash, password) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
let dummyHash;
function dummyPasswordHash() {
  dummyHash ??= hashPassword("not-a-real-password-cunjing");
  return dummyHash;
}

class InvalidCredentialsError extends VisibleError {
  constructor() {
    super("unauthorized", "auth.invalid_credentials", "Wrong username or password");
  }
}
var Auth;
((Auth2) => {
  async function createUser(input) {
    const userId = createId();
    const {
      password: plain,
      ...fields
    } = input;
    const passwordHash = await hashPassword(plain);
    const result = await db.transaction.write(({
      unique,
      user
    }) => [unique.create({
      scope: input.countyId,
      kind: "user.username",
      value: input.username,
      ownerId: userId
    }).commit(), user.create({
      ...fields,
      userId,
      passwordHash
    }).commit()]).go();
    assertCommitted(result, () => User.usernameTaken());
    return userId;
  }
  Auth2.createUser = createUser;
  Auth2.signIn = fn(z.object({
    county: z.union([z.literal(platformTenant), slug]),
    username: z.string().trim().toLowerCase().min(1, "Required").max(80),
    password: z.string().min(1, "Required").max(200),
    ip: z.string().max(64).default("unknown"),
    previousSessionId: z.string().max(100).optional()
  }), async (input) => {
    const keys = [{
      key: `signin:user:${input.county}:${input.username}`,
      policy: signInPolicies.username
    }, {
      key: `signin:ip:${input.ip}`,
      policy: signInPolicies.address
    }];
    await RateLimit.assertAllowed(keys);
    const county = input.county === platformTenant ? void 0 : await County.bySlug(input.county).catch(() => null);
    const countyId = input.county === platformTenant ? platformTenant : county?.countyId;
    const {
      data
    } = countyId ? await db.entities.user.query.byUsername({
      countyId,
      username: input.username
    }).go({
      limit: 1
    }) : {
      data: []
    };
    const user = data[0];
    const valid = await verifyPassword(user?.passwordHash ?? await dummyPasswordHash(), input.password);
    if (!user || !valid || user.status !== "active") {
      await RateLimit.recordFailure(keys);
      if (countyId) {
        await Audit.record({
          countyId,
          action: "auth.sign_in_failed",
          subject: input.username,
          ip: input.ip,
          actorId: "anonymous"
        });
      }
      throw new InvalidCredentialsError();
    }
    if (county?.status === "suspended") {
      throw new ForbiddenError("auth.county_suspended", "This county's service is suspended");
    }
    await RateLimit.reset(keys[0].key);
    if (input.previousSessionId) await lucia.invalidateSession(input.previousSessionId);
    const session = await lucia.createSession(user.userId, {
      countyId: user.countyId
    });
    await Audit.record({
      countyId: user.countyId,
      action: "auth.signed_in",
      subject: user.userId,
      ip: input.ip,
      actorId: user.userId
    });
    return {
      sessionId: session.id,
      expiresAt: session.expiresAt
    };
  });
  Auth2.changePassword = fn(z.object({
    current: z.string().min(1, "Required").max(200),
    next: password
  }), async (input) => {
    const actor = assertActor("user");
    const tenant = actor.properties.countyId ?? platformTenant;
    const {
      data: user
    } = await db.entities.user.get({
      countyId: tenant,
      userId: actor.properties.userId
    }).go();
    if (!user || !await verifyPassword(user.passwordHash, input.current)) {
      throw new InputError("auth.wrong_password", "The current password is wrong", {
        current: ["The current password is wrong"]
      });
    }
    if (input.current === input.next) {
      throw new InputError("auth.same_password", "Choose a new password", {
        next: ["Choose a new password"]
      });
    }
    await db.entities.user.patch({
      countyId: tenant,
      userId: user.userId
    }).set({
      passwordHash: await hashPassword(input.next)
    }).go();
    await lucia.invalidateUserSessions(user.userId);
    const session = await lucia.createSession(user.userId, {
      countyId: tenant
    });
    await Audit.record({
      countyId: tenant,
      action: "auth.password_changed",
      subject: user.userId
    });
    return {
      sessionId: session.id,
      expiresAt: session.expiresAt
    };
  });
  Auth2.acceptInvitation = fn(z.object({
    token: z.string().min(10).max(100),
    password
  }), async (input) => {
    const tokenKey = tokenKeyOf(input.token);
    await Invitation.info(input.token);
    const {
      data: invite
    } = await db.entities.invitation.get({
      tokenKey
    }).go();
    if (!invite) throw new NotFoundError("auth.invitation_invalid", "This invitation link is not valid");
    const now = Date.now();
    const userId = createId();
    const passwordHash = await hashPassword(input.password);
    const result = await db.transaction.write(({
      invitation: invitations,
      unique,
      user
    }) => [invitations.patch({
      tokenKey
    }).set({
      usedAt: now
    }).where((a, op) => `${op.notExists(a.usedAt)} AND ${op.gt(a.expiresAt, Math.floor(now / 1e3))}`).commit(), unique.create({
      scope: invite.countyId,
      kind: "user.username",
      value: invite.username,
      ownerId: userId
    }).commit(), user.create({
      countyId: invite.countyId,
      userId,
      username: invite.username,
      displayName: invite.displayName,
      role: invite.role,
      precinctId: invite.precinctId,
      officerId: invite.officerId,
      passwordHash
    }).commit()]).go();
    assertCommitted(result, (index) => index === 0 ? new ConflictError("auth.invitation_used", "This invitation was already used") : User.usernameTaken());
    const session = await lucia.createSession(userId, {
      countyId: invite.countyId
    });
    await withActor({
      type: "system",
      properties: {
        countyId: invite.countyId
      }
    }, () => Audit.record({
      countyId: invite.countyId,
      action: "user.joined",
      subject: userId,
      actorId: userId,
      detail: {
        role: invite.role
      }
    }));
    return {
      sessionId: session.id,
      expiresAt: session.expiresAt
    };
  });
})(Auth || (Auth = {}));

export { Auth as A };
