import { Rating, RatingCode } from "@cunjing/core/rating/index";
import { procedure, router } from "../trpc";

export const ratingRouter = router({
  issueCode: procedure.input(RatingCode.issue.schema).mutation(({ input }) => RatingCode.issue(input)),
  queue: procedure.input(Rating.queue.schema).query(({ input }) => Rating.queue(input)),
  queueSizes: procedure.query(() => Rating.queueSizes()),
  moderate: procedure.input(Rating.moderate.schema).mutation(({ input }) => Rating.moderate(input)),
  handleComplaint: procedure
    .input(Rating.handleComplaint.schema)
    .mutation(({ input }) => Rating.handleComplaint(input)),
  mine: procedure.query(() => Rating.mine()),
  reply: procedure.input(Rating.reply.schema).mutation(({ input }) => Rating.reply(input)),
});
