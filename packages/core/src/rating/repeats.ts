import { db } from "../db/service";
import { secretHash } from "./secret";

/** Praise texts written from one client address within the submit window before they are held as a burst. */
export const burstTexts = 3;
const repeatDays = 30;

/** Texts that differ only in spacing, punctuation or case are the same text. */
function normalised(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** The tally of one praise text in a county, kept for 30 days; the text itself is stored only as a hash. */
function repeatKey(countyId: string, text: string) {
  return { countyId, key: `rating:text:${secretHash(countyId, `text:${normalised(text)}`)}` };
}

/** Whether the same text was already submitted in the county in the last 30 days. */
export async function seenBefore(countyId: string, text: string): Promise<boolean> {
  const { data } = await db.entities.countyLimit.get(repeatKey(countyId, text)).go({ consistent: true });
  return Boolean(data && data.failures > 0 && data.expiresAt > Date.now() / 1000);
}

/** The tally's update, written in the rating's own transaction so that a failed attempt leaves no mark. */
export function repeatTally(countyId: string, text: string, now: number) {
  return {
    key: repeatKey(countyId, text),
    set: { lastFailureAt: now, expiresAt: Math.floor(now / 1000) + repeatDays * 86_400 },
  };
}
