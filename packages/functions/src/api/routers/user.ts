import { Invitation } from "@cunjing/core/auth/invitation";
import { User } from "@cunjing/core/user/index";
import { procedure, router } from "../trpc";

export const userRouter = router({
  list: procedure.query(() => User.list()),
  invite: procedure.input(Invitation.create.schema).mutation(({ input }) => Invitation.create(input)),
  setRole: procedure.input(User.setRole.schema).mutation(({ input }) => User.setRole(input)),
});
