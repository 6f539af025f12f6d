import { db } from "../db/service";

/**
 * A new county is `pendingOpen` until its first village or community is written: the public portal
 * neither lists it nor serves its pages meanwhile. Counties created before the flag existed lack it
 * and count as open.
 */
export function isOpen(county: { pendingOpen?: boolean }): boolean {
  return county.pendingOpen !== true;
}

/** Opens the county once it has a village; a no-op (one conditional write) when it is open already. */
export async function markCountyOpen(countyId: string): Promise<void> {
  await db.entities.county
    .update({ countyId })
    .remove(["pendingOpen"])
    .where((a, op) => op.exists(a.pendingOpen))
    .go()
    .catch((error: { cause?: { name?: string } }) => {
      if (error.cause?.name !== "ConditionalCheckFailedException") throw error;
    });
}
