import * as z from "zod";
import { signedIn } from "../access";
import { useActor, withActor, type Role } from "../actor";
import { Audit } from "../audit/index";
import { County } from "../county/index";
import { withPlatformAccess } from "../db/client";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { RateLimit, signInPolicies } from "../ratelimit/index";
import { password, User } from "../user/index";
import { platformTenant } from "../user/user.entity";
import { ConflictError, ForbiddenError, InputError, NotFoundError, VisibleError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { slug } from "../util/schemas";
import { Invitation, tokenKeyOf } from "./invitation";
import { lucia } from "./lucia";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";

class InvalidCredentialsError extends VisibleError {
  constructor() {
    // One message for an unknown user, an unknown county and a wrong password.
    super("unauthorized", "auth.invalid_credentials", "Wrong username or password");
  }
}

/** Everything that handles passwords (argon2id). The API Lambda does not load this module. */
export namespace Auth {
  /** Creates a user with a password; used by invitations and by the local demo seed. */
  export async function createUser(input: {
    countyId: string;
    username: string;
    displayName: string;
    password: string;
    role: Role;
    precinctId?: string;
    officerId?: string;
  }) {
    const userId = createId();
    const { password: plain, ...fields } = input;
    const passwordHash = await hashPassword(plain);
    const result = await db.transaction
      .write(({ unique, user }) => [
        unique
          .create({ scope: input.countyId, kind: "user.username", value: input.username, ownerId: userId })
          .commit(),
        user.create({ ...fields, userId, passwordHash }).commit(),
      ])
      .go();
    assertCommitted(result, () => User.usernameTaken());
    return userId;
  }

  export const signIn = fn(
    { public: true },
    z.object({
      county: z.union([z.literal(platformTenant), slug]),
      username: z.string().trim().toLowerCase().min(1, "Required").max(80),
      password: z.string().min(1, "Required").max(200),
      ip: z.string().max(64).default("unknown"),
      previousSessionId: z.string().max(100).optional(),
    }),
    async (input) => {
      const keys = [
        { key: `signin:user:${input.county}:${input.username}`, policy: signInPolicies.username },
        { key: `signin:ip:${input.ip}`, policy: signInPolicies.address },
      ];
      await RateLimit.assertAllowed(keys);

      const county = input.county === platformTenant ? undefined : await County.bySlug(input.county).catch(() => null);
      const countyId = input.county === platformTenant ? platformTenant : county?.countyId;
      const { data } = countyId
        ? await db.entities.user.query.byUsername({ countyId, username: input.username }).go({ limit: 1 })
        : { data: [] };
      const user = data[0];
      const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
      if (!user || !valid || user.status !== "active") {
        await RateLimit.recordFailure(keys);
        if (countyId) {
          await Audit.record({
            countyId,
            action: "auth.sign_in_failed",
            subject: input.username,
            ip: input.ip,
            actorId: "anonymous",
          });
        }
        throw new InvalidCredentialsError();
      }
      if (county?.status === "suspended") {
        throw new ForbiddenError("auth.county_suspended", "This county's service is suspended");
      }
      await RateLimit.reset(keys[0]!.key);
      if (input.previousSessionId) await lucia.invalidateSession(input.previousSessionId);
      const session = await lucia.createSession(user.userId, { countyId: user.countyId });
      await Audit.record({
        countyId: user.countyId,
        action: "auth.signed_in",
        subject: user.userId,
        ip: input.ip,
        actorId: user.userId,
      });
      return { sessionId: session.id, expiresAt: session.expiresAt };
    },
  );

  /** Changes the signed-in user's password, ends all their sessions and opens a new one. */
  export const changePassword = fn(
    signedIn,
    z.object({ current: z.string().min(1, "Required").max(200), next: password }),
    async (input) => {
      const actor = useActor();
      if (actor.type !== "user") throw new ForbiddenError();
      const tenant = actor.properties.countyId ?? platformTenant;
      const { data: user } = await db.entities.user.get({ countyId: tenant, userId: actor.properties.userId }).go();
      if (!user || !(await verifyPassword(user.passwordHash, input.current))) {
        throw new InputError("auth.wrong_password", "The current password is wrong", {
          current: ["The current password is wrong"],
        });
      }
      if (input.current === input.next) {
        throw new InputError("auth.same_password", "Choose a new password", { next: ["Choose a new password"] });
      }
      await db.entities.user
        .patch({ countyId: tenant, userId: user.userId })
        .set({ passwordHash: await hashPassword(input.next) })
        .go();
      await lucia.invalidateUserSessions(user.userId);
      const session = await lucia.createSession(user.userId, { countyId: tenant });
      await Audit.record({ countyId: tenant, action: "auth.password_changed", subject: user.userId });
      return { sessionId: session.id, expiresAt: session.expiresAt };
    },
  );

  /** Sets the invitee's password, uses up the invitation and signs them in. */
  export const acceptInvitation = fn(
    { public: true },
    z.object({ token: z.string().min(10).max(100), password }),
    async (input) => {
      const tokenKey = tokenKeyOf(input.token);
      await Invitation.info(input.token);
      const { data: invite } = await withPlatformAccess(() => db.entities.invitation.get({ tokenKey }).go());
      if (!invite) throw new NotFoundError("auth.invitation_invalid", "This invitation link is not valid");
      const now = Date.now();
      const userId = createId();
      const passwordHash = await hashPassword(input.password);
      // Uses up the platform-wide invitation together with the county's new user: the function's own role.
      const result = await withPlatformAccess(() =>
        db.transaction
          .write(({ invitation: invitations, unique, user }) => [
            invitations
              .patch({ tokenKey })
              .set({ usedAt: now })
              .where((a, op) => `${op.notExists(a.usedAt)} AND ${op.gt(a.expiresAt, Math.floor(now / 1000))}`)
              .commit(),
            unique
              .create({ scope: invite.countyId, kind: "user.username", value: invite.username, ownerId: userId })
              .commit(),
            user
              .create({
                countyId: invite.countyId,
                userId,
                username: invite.username,
                displayName: invite.displayName,
                role: invite.role,
                precinctId: invite.precinctId,
                officerId: invite.officerId,
                passwordHash,
              })
              .commit(),
          ])
          .go(),
      );
      assertCommitted(result, (index) =>
        index === 0
          ? new ConflictError("auth.invitation_used", "This invitation was already used")
          : User.usernameTaken(),
      );
      const session = await lucia.createSession(userId, { countyId: invite.countyId });
      await withActor({ type: "system", properties: { countyId: invite.countyId } }, () =>
        Audit.record({
          countyId: invite.countyId,
          action: "user.joined",
          subject: userId,
          actorId: userId,
          detail: { role: invite.role },
        }),
      );
      return { sessionId: session.id, expiresAt: session.expiresAt };
    },
  );
}
