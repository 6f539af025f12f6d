import { Invitation } from "@cunjing/core/auth/invitation";
import { User } from "@cunjing/core/user/index";
import { mutation, query, router } from "../trpc";

export const userRouter = router({
  list: query(User.list),
  invite: mutation(Invitation.create),
  setRole: mutation(User.setRole),
});
