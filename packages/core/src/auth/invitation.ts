import { createHash, randomBytes } from "node:crypto";
import * as z from "zod";
import { useScope } from "../access";
import { useActor, withActor, type Role } from "../actor";
import { Audit } from "../audit/index";
import { County } from "../county/index";
import { withPlatformAccess } from "../db/client";
import { db } from "../db/service";
import { Outbox } from "../outbox/index";
import { countyRoles, displayName, User, username } from "../user/index";
import { ConflictError, ForbiddenError, InputError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id, slug } from "../util/schemas";

const invitationLifetimeMs = 72 * 3600 * 1000;
export const tokenKeyOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** One-time links that let an invited person set a password (accepted through `Auth.acceptInvitation`). */
export namespace Invitation {
  /** County admins invite their county's staff; the platform admin invites a county's first admins. */
  export const create = fn(
    { county_admin: "county", platform_admin: "platform" },
    z.object({
      username,
      displayName,
      role: z.enum(countyRoles),
      precinctId: id.optional(),
      officerId: id.optional(),
      /** Platform admins name the county they invite a county admin into. */
      countySlug: slug.optional(),
    }),
    async (input) => {
      const actor = useActor();
      const byPlatform = useScope() === "platform";
      if (byPlatform && input.role !== "county_admin") {
        throw new ForbiddenError("user.invite_role", "The platform invites county admins only");
      }
      const countyId = byPlatform
        ? (await County.bySlug(input.countySlug ?? "")).countyId
        : useActor().properties.countyId;
      if (!countyId) throw new InputError("input.invalid", "Name the county", { countySlug: ["Required"] });

      return withActor({ type: "system", properties: { countyId } }, async () => {
        await assertPatch(input.role, input.precinctId, input.officerId);
        const { data: claim } = await db.entities.unique
          .get({ scope: countyId, kind: "user.username", value: input.username })
          .go();
        if (claim) throw User.usernameTaken();

        const token = randomBytes(24).toString("base64url");
        const expiresAt = Date.now() + invitationLifetimeMs;
        const invitedBy = actor.type === "user" ? actor.properties.userId : "system";
        // Invitations are platform-wide items, found by their token before anyone knows the county.
        await withPlatformAccess(() =>
          db.entities.invitation
            .create({
              ...input,
              tokenKey: tokenKeyOf(token),
              countyId,
              invitedBy,
              expiresAt: Math.floor(expiresAt / 1000),
            })
            .go(),
        );
        const path = `/console/invite/${token}`;
        await Outbox.send({
          countyId,
          channel: "link",
          to: input.username,
          subject: "村警 账号邀请 / Cunjing account invitation",
          body: `${input.displayName}：请在 72 小时内打开链接设置密码 / open within 72 hours to set your password: ${path}`,
        });
        await withActor(actor, () =>
          Audit.record({ countyId, action: "user.invited", subject: input.username, detail: { role: input.role } }),
        );
        return { token, path, expiresAt: new Date(expiresAt) };
      });
    },
  );

  /** What an invitation is for, without using it; throws when it cannot be used. */
  export const info = fn({ public: true }, z.string().min(10).max(100), async (token) => {
    const { data } = await withPlatformAccess(() => db.entities.invitation.get({ tokenKey: tokenKeyOf(token) }).go());
    if (!data) throw new NotFoundError("auth.invitation_invalid", "This invitation link is not valid");
    if (data.usedAt) throw new ConflictError("auth.invitation_used", "This invitation was already used");
    if (data.expiresAt * 1000 <= Date.now())
      throw new ConflictError("auth.invitation_expired", "This invitation has expired");
    return { countyId: data.countyId, username: data.username, displayName: data.displayName, role: data.role };
  });

  /** A supervisor needs a precinct and an officer account needs its officer, in the same county. */
  async function assertPatch(role: Role, precinctId?: string, officerId?: string) {
    const countyId = useActor().properties.countyId!;
    if (role === "precinct_supervisor") {
      if (!precinctId) throw new InputError("input.invalid", "Choose a precinct", { precinctId: ["Required"] });
      const { data } = await db.entities.precinct.get({ countyId, precinctId }).go();
      if (!data) throw new NotFoundError("precinct.not_found", "No such precinct");
    }
    if (role === "officer") {
      if (!officerId) throw new InputError("input.invalid", "Choose the officer", { officerId: ["Required"] });
      const { data } = await db.entities.officer.get({ countyId, officerId }).go();
      if (!data) throw new NotFoundError("officer.not_found", "No such officer");
    }
  }
}
