import { Story } from "@cunjing/core/story/index";
import { mutation, query, router } from "../trpc";

/** Story drafting and review: officers and supervisors draft, county admins review and publish. */
export const storyRouter = router({
  board: query(Story.board),
  detail: query(Story.detail),
  evidence: query(Story.evidence),
  revisions: query(Story.revisions),
  draft: mutation(Story.draft),
  update: mutation(Story.update),
  submit: mutation(Story.submit),
  review: mutation(Story.review),
  publish: mutation(Story.publish),
  unpublish: mutation(Story.unpublish),
});
