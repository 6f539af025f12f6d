import { Rating, RatingCode } from "@cunjing/core/rating/index";
import { mutation, query, router } from "../trpc";

export const ratingRouter = router({
  issueCode: mutation(RatingCode.issue),
  queue: query(Rating.queue),
  queueSizes: query(Rating.queueSizes),
  moderate: mutation(Rating.moderate),
  handleComplaint: mutation(Rating.handleComplaint),
  mine: query(Rating.mine),
  reply: mutation(Rating.reply),
});
