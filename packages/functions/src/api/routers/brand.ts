import { Brand } from "@cunjing/core/brand/index";
import { mutation, query, router } from "../trpc";

/** Brand drafting and review: officers and supervisors draft, county admins review and publish. */
export const brandRouter = router({
  board: query(Brand.board),
  detail: query(Brand.detail),
  evidence: query(Brand.evidence),
  revisions: query(Brand.revisions),
  draft: mutation(Brand.draft),
  update: mutation(Brand.update),
  submit: mutation(Brand.submit),
  review: mutation(Brand.review),
  publish: mutation(Brand.publish),
  unpublish: mutation(Brand.unpublish),
});
