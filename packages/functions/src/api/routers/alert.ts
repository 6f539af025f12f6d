import { Alert } from "@cunjing/core/alert/index";
import { loadRegions } from "@cunjing/core/intake/regions";
import { mutation, query, router } from "../trpc";

/** Red alerts: the health liaison's inbox, dead letters for the county admin, the risk list and webhook. */
export const alertRouter = router({
  list: query(Alert.list),
  byDelivery: query(Alert.listByDelivery),
  get: query(Alert.find),
  advance: mutation(Alert.step),
  redeliver: mutation(Alert.resend),
  rules: query(Alert.rules.list),
  // The risk list names region codes: the dataset loads (on first use) before the input is parsed.
  addRule: mutation(Alert.rules.add, loadRegions),
  retireRule: mutation(Alert.rules.retire),
  hook: query(Alert.hook.get),
  setHook: mutation(Alert.hook.set),
});
