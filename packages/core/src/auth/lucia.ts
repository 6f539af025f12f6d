import { Lucia, TimeSpan } from "lucia";
import type { EntityItem } from "electrodb";
import type { UserEntity } from "../user/user.entity";
import { electroAdapter } from "./adapter";

/** A console session lasts a shift; Lucia extends it while it is used. */
export const sessionLifetime = new TimeSpan(12, "h");

export const lucia = new Lucia(electroAdapter, {
  sessionExpiresIn: sessionLifetime,
  getUserAttributes: (user) => user,
  getSessionAttributes: (session) => session,
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: EntityItem<typeof UserEntity>;
    DatabaseSessionAttributes: { countyId: string };
  }
}
