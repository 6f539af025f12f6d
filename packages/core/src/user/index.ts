import type { EntityItem } from "electrodb";
import * as z from "zod";
import { signedIn, type Access } from "../access";
import { roles, useActor, useCounty, type Role } from "../actor";
import { Audit } from "../audit/index";
import { lucia } from "../auth/lucia";
import { db } from "../db/service";
import { ConflictError, ForbiddenError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import type { UserEntity } from "./user.entity";

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(40, "Use at most 40 characters")
  .regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, "Use letters, digits, dots and hyphens");

export const password = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters")
  .refine((value) => new Set(value).size >= 5, "Use a less repetitive password");

export const displayName = z.string().trim().min(1, "Required").max(60, "Use at most 60 characters");

/** Roles a county admin may give. Platform admins are made by the platform only. */
export const countyRoles = roles.filter((role) => role !== "platform_admin") as Exclude<Role, "platform_admin">[];

export namespace User {
  export type Info = EntityItem<typeof UserEntity>;
  /** What other users may see of a user: never the password hash. */
  export type Summary = Omit<Info, "passwordHash">;

  const admin: Access = { county_admin: "county" };

  export function summary({ passwordHash: _hash, ...rest }: Info): Summary {
    return rest;
  }

  export function usernameTaken() {
    return new ConflictError("user.username_taken", "This username is taken", { username: ["This username is taken"] });
  }

  export const list = fn(admin, z.void(), async () => {
    const { data } = await db.entities.user.query.byId({ countyId: useCounty() }).go({ pages: "all" });
    return data.map(summary).sort((a, b) => a.username.localeCompare(b.username));
  });

  export const get = fn(admin, id, async (userId) => {
    const { data } = await db.entities.user.get({ countyId: useCounty(), userId }).go();
    if (!data) throw new NotFoundError("user.not_found", "No such user");
    return data;
  });

  /** Changes a user's role and patch; their sessions end, so the next sign-in gets a new session. */
  export const setRole = fn(
    admin,
    z.object({ userId: id, role: z.enum(countyRoles), precinctId: id.optional(), officerId: id.optional() }),
    async (input) => {
      const actor = useActor();
      const countyId = useCounty();
      if (actor.type === "user" && actor.properties.userId === input.userId) {
        throw new ForbiddenError("user.own_role", "You cannot change your own role");
      }
      const current = await get(input.userId);
      await db.entities.user
        .patch({ countyId, userId: input.userId })
        .set({
          role: input.role,
          ...(input.precinctId ? { precinctId: input.precinctId } : {}),
          ...(input.officerId ? { officerId: input.officerId } : {}),
        })
        .go();
      await lucia.invalidateUserSessions(input.userId);
      await Audit.record({
        countyId,
        action: "user.role_changed",
        subject: input.userId,
        detail: { from: current.role, to: input.role },
      });
    },
  );

  /** The signed-in user's own record. */
  export const me = fn(signedIn, z.void(), async () => {
    const actor = useActor();
    if (actor.type !== "user") throw new NotFoundError("user.not_found", "No such user");
    const { data } = await db.entities.user
      .get({ countyId: actor.properties.countyId ?? "platform", userId: actor.properties.userId })
      .go();
    if (!data) throw new NotFoundError("user.not_found", "No such user");
    return summary(data);
  });
}
