/** Names shared by the event handlers' embedded-metric log lines and the alarms in stacks/Alarms.ts. */
export const METRIC_NAMESPACE = "Cunjing";
export const DRIFT_METRIC = "CounterDrift";
/** Alert deliveries the scheduled recovery put back on the queue in one run (alarm when > 0). */
export const RESUMED_METRIC = "AlertsResumed";
