import { policy } from "../../../functions/src/api/policy";

/**
 * Whether a procedure answers with public directory data (anyone may read it, so its answers are
 * checked for private fields only). The one use of the API's policy table: swap it here if that
 * module changes.
 */
export function isPublicProcedure(path: string): boolean {
  return policy[path]?.public === true;
}
