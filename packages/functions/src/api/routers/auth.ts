import { User } from "@cunjing/core/user/index";
import { query, router } from "../trpc";

export const authRouter = router({
  me: query(User.me),
});
