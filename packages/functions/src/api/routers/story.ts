import { Story } from "@cunjing/core/story/index";
import { procedure, router } from "../trpc";

/** Story drafting and review: officers and supervisors draft, county admins review and publish. */
export const storyRouter = router({
  board: procedure.input(Story.board.schema).query(({ input }) => Story.board(input)),
  detail: procedure.input(Story.detail.schema).query(({ input }) => Story.detail(input)),
  evidence: procedure.input(Story.evidence.schema).query(({ input }) => Story.evidence(input)),
  revisions: procedure.input(Story.revisions.schema).query(({ input }) => Story.revisions(input)),
  draft: procedure.input(Story.draft.schema).mutation(({ input }) => Story.draft(input)),
  update: procedure.input(Story.update.schema).mutation(({ input }) => Story.update(input)),
  submit: procedure.input(Story.submit.schema).mutation(({ input }) => Story.submit(input)),
  review: procedure.input(Story.review.schema).mutation(({ input }) => Story.review(input)),
  publish: procedure.input(Story.publish.schema).mutation(({ input }) => Story.publish(input)),
  unpublish: procedure.input(Story.unpublish.schema).mutation(({ input }) => Story.unpublish(input)),
});
