import type { EntityItem } from "electrodb";
import { db } from "../db/service";
import {
  complaintStatus as complaintStatusVerb,
  handleComplaint as handleComplaintVerb,
  mine as mineVerb,
  moderate as moderateVerb,
  queue as queueVerb,
  queueSizes as queueSizesVerb,
  reply as replyVerb,
} from "./moderation";
import type { RatingPraiseEntity } from "./praise.entity";
import type { RatingEntity } from "./rating.entity";
import { method, publicScore, type PublicScore } from "./score";
import { requestOtp as requestOtpVerb, submit as submitVerb } from "./submit";
import type { RatingCountyEntity } from "./summary.entity";

export { RatingCode } from "./code";
export { RatingLimitedError } from "./limits";

export namespace Rating {
  export type Info = EntityItem<typeof RatingEntity>;
  export type Praise = EntityItem<typeof RatingPraiseEntity>;
  export type CountySums = EntityItem<typeof RatingCountyEntity>;
  export type Score = PublicScore;

  export const methodSentence = method;

  // Residents
  export const requestOtp = requestOtpVerb;
  export const submit = submitVerb;
  export const complaintStatus = complaintStatusVerb;
  // Supervisors
  export const queue = queueVerb;
  export const queueSizes = queueSizesVerb;
  export const moderate = moderateVerb;
  export const handleComplaint = handleComplaintVerb;
  // Officers
  export const mine = mineVerb;
  export const reply = replyVerb;

  /**
   * The public part of an officer's partition (read by the page's one Query, see
   * `Feature.withTotals`): the score, shown from 5 ratings, and approved praise, newest first.
   */
  export function forPage(items: Record<string, unknown>[], county: CountySums | undefined) {
    const summary = db.entities.ratingSummary.parse({ Items: items }).data[0];
    const praise = db.entities.ratingPraise.parse({ Items: items }).data.sort((a, b) => b.publishedAt - a.publishedAt);
    return { score: publicScore(summary, county), praise };
  }
}
