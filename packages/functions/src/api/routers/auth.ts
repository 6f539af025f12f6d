import { User } from "@cunjing/core/user/index";
import { procedure, router } from "../trpc";

export const authRouter = router({
  me: procedure.query(() => User.me()),
});
