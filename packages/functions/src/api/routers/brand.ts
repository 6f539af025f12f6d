import { Brand } from "@cunjing/core/brand/index";
import { procedure, router } from "../trpc";

/** Brand drafting and review: officers and supervisors draft, county admins review and publish. */
export const brandRouter = router({
  board: procedure.input(Brand.board.schema).query(({ input }) => Brand.board(input)),
  detail: procedure.input(Brand.detail.schema).query(({ input }) => Brand.detail(input)),
  evidence: procedure.input(Brand.evidence.schema).query(({ input }) => Brand.evidence(input)),
  revisions: procedure.input(Brand.revisions.schema).query(({ input }) => Brand.revisions(input)),
  draft: procedure.input(Brand.draft.schema).mutation(({ input }) => Brand.draft(input)),
  update: procedure.input(Brand.update.schema).mutation(({ input }) => Brand.update(input)),
  submit: procedure.input(Brand.submit.schema).mutation(({ input }) => Brand.submit(input)),
  review: procedure.input(Brand.review.schema).mutation(({ input }) => Brand.review(input)),
  publish: procedure.input(Brand.publish.schema).mutation(({ input }) => Brand.publish(input)),
  unpublish: procedure.input(Brand.unpublish.schema).mutation(({ input }) => Brand.unpublish(input)),
});
