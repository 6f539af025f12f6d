import type { Context } from "./trpc";

/** The actor of a request. Sessions arrive with accounts; until then every caller is public. */
export async function createContext(_request: { headers: Headers }): Promise<Context> {
  return { actor: { type: "public", properties: {} } };
}
