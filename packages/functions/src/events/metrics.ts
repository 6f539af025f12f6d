/** Names shared by the event handlers' embedded-metric log lines and the alarms in stacks/Alarms.ts. */
export const METRIC_NAMESPACE = "Cunjing";
export const DRIFT_METRIC = "CounterDrift";
