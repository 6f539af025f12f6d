/** Phone hashes and code hashes are shared with other resident services (see `resident/`). */
export { phoneHash, secretHash, unkeyedHash } from "../resident/secret";
