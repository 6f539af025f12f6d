import * as z from 'zod';
import { r as roles, a as assertRole, d as db, u as useCounty, e as assertActor } from './id_CvCQQS6k.mjs';
import { A as Audit } from './index_IgvBWgW0.mjs';
import { l as lucia } from './lucia_gBqdNxa5.mjs';
import { N as NotFoundError, F as ForbiddenError, C as ConflictError } from './errors_MfzDXNyI.mjs';
import { f as fn, i as id } from './schemas_Cu4Pp2P7.mjs';

const username = z.string().trim().toLowerCase().min(3, "Use at least 3 characters").max(40, "Use at most 40 characters").regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, "Use letters, digits, dots and hyphens");
const password = z.string().min(10, "Use at least 10 characters").max(200, "Use at most 200 characters").refine((value) => new Set(value).size >= 5, "Use a less repetitive password");
const displayName = z.string().trim().min(1, "Required").max(60, "Use at most 60 characters");
const countyRoles = roles.filter((role) => role !== "platform_admin");
var User;
((User2) => {
  function summary({
    passwordHash: _hash,
    ...rest
  }) {
    return rest;
  }
  User2.summary = summary;
  function usernameTaken() {
    return new ConflictError("user.username_taken", "This username is taken", {
      username: ["This username is taken"]
    });
  }
  User2.usernameTaken = usernameTaken;
  User2.list = fn(z.void(), async () => {
    assertRole("county_admin");
    const {
      data
    } = await db.entities.user.query.byId({
      countyId: useCounty()
    }).go({
      pages: "all"
    });
    return data.map(summary).sort((a, b) => a.username.localeCompare(b.username));
  });
  User2.get = fn(id, async (userId) => {
    const {
      data
    } = await db.entities.user.get({
      countyId: useCounty(),
      userId
    }).go();
    if (!data) throw new NotFoundError("user.not_found", "No such user");
    return data;
  });
  User2.setRole = fn(z.object({
    userId: id,
    role: z.enum(countyRoles),
    precinctId: id.optional(),
    officerId: id.optional()
  }), async (input) => {
    const actor = assertRole("county_admin");
    const countyId = useCounty();
    if (actor.type === "user" && actor.properties.userId === input.userId) {
      throw new ForbiddenError("user.own_role", "You cannot change your own role");
    }
    const current = await (0, User2.get)(input.userId);
    await db.entities.user.patch({
      countyId,
      userId: input.userId
    }).set({
      role: input.role,
      ...input.precinctId ? {
        precinctId: input.precinctId
      } : {},
      ...input.officerId ? {
        officerId: input.officerId
      } : {}
    }).go();
    await lucia.invalidateUserSessions(input.userId);
    await Audit.record({
      countyId,
      action: "user.role_changed",
      subject: input.userId,
      detail: {
        from: current.role,
        to: input.role
      }
    });
  });
  async function me() {
    const actor = assertActor("user");
    const {
      data
    } = await db.entities.user.get({
      countyId: actor.properties.countyId ?? "platform",
      userId: actor.properties.userId
    }).go();
    if (!data) throw new NotFoundError("user.not_found", "No such user");
    return summary(data);
  }
  User2.me = me;
})(User || (User = {}));

export { User as U, countyRoles as c, displayName as d, password as p, username as u };
