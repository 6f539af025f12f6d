import { Excellence } from "@cunjing/core/excellence/index";
import { mutation, query, router } from "../trpc";

/** Excellent villages: county admins declare criteria, evaluate a half-year and decide. */
export const excellenceRouter = router({
  criteria: query(Excellence.criteria),
  setCriteria: mutation(Excellence.setCriteria),
  evaluate: mutation(Excellence.evaluate),
  board: query(Excellence.board),
  decide: mutation(Excellence.decide),
});
