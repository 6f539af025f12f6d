import { Excellence } from "@cunjing/core/excellence/index";
import { procedure, router } from "../trpc";

/** Excellent villages: county admins declare criteria, evaluate a half-year and decide. */
export const excellenceRouter = router({
  criteria: procedure.query(() => Excellence.criteria()),
  setCriteria: procedure.input(Excellence.setCriteria.schema).mutation(({ input }) => Excellence.setCriteria(input)),
  evaluate: procedure.input(Excellence.evaluate.schema).mutation(({ input }) => Excellence.evaluate(input)),
  board: procedure.input(Excellence.board.schema).query(({ input }) => Excellence.board(input)),
  decide: procedure.input(Excellence.decide.schema).mutation(({ input }) => Excellence.decide(input)),
});
