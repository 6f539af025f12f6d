import { customAlphabet } from "nanoid";

/** Lower-case ids: ElectroDB lower-cases key values, so ids must survive that unchanged. */
export const createId = customAlphabet("0123456789abcdefghjkmnpqrstvwxyz", 14);
