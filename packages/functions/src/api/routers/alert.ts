import { Alert } from "@cunjing/core/alert/index";
import { loadRegions } from "@cunjing/core/intake/regions";
import { procedure, router } from "../trpc";

/** The risk list's input names region codes: the dataset loads (on first use) before the input is parsed. */
const withRegions = procedure.use(async ({ next }) => {
  await loadRegions();
  return next();
});

/** Red alerts: the health liaison's inbox, dead letters for the county admin, the risk list and webhook. */
export const alertRouter = router({
  list: procedure.input(Alert.list.schema).query(({ input }) => Alert.list(input)),
  byDelivery: procedure.input(Alert.listByDelivery.schema).query(({ input }) => Alert.listByDelivery(input)),
  get: procedure.input(Alert.find.schema).query(({ input }) => Alert.find(input)),
  advance: procedure.input(Alert.step.schema).mutation(({ input }) => Alert.step(input)),
  redeliver: procedure.input(Alert.resend.schema).mutation(({ input }) => Alert.resend(input)),
  rules: procedure.query(() => Alert.rules.list()),
  addRule: withRegions.input(Alert.rules.add.schema).mutation(({ input }) => Alert.rules.add(input)),
  retireRule: procedure.input(Alert.rules.retire.schema).mutation(({ input }) => Alert.rules.retire(input)),
  hook: procedure.query(() => Alert.hook.get()),
  setHook: procedure.input(Alert.hook.set.schema).mutation(({ input }) => Alert.hook.set(input)),
});
