import { countySigningKey } from "../alert/webhook";
import { readRing } from "./rewrap";

/** How long the previous webhook key still signs deliveries after a rotation. */
export const webhookOverlapMs = 7 * 86_400_000;

/**
 * The keys a delivery signs with at `now`: the county's current generation and, until the overlap
 * ends, the previous one (a receiver that has not switched keys yet still accepts it).
 */
export async function deliveryKeys(countyId: string, now = Date.now()): Promise<string[]> {
  const ring = await readRing(countyId);
  const generation = ring?.webhookGeneration ?? 1;
  const keys = [countySigningKey(countyId, generation)];
  if (ring?.webhookPrevious && ring.webhookOverlapEndsAt && now < ring.webhookOverlapEndsAt)
    keys.push(countySigningKey(countyId, ring.webhookPrevious));
  return keys;
}
