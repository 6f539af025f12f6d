import { categoryOrder } from "../WorkLog/fields";

/**
 * The console pages a signed-in officer can open without a network: today's tasks, the outbox and
 * the work-log form (the menu's link and one per category). The middleware marks them cacheable;
 * the service worker keeps them.
 */
export const offlinePages = [
  "/console/today",
  "/console/queue",
  "/console/log",
  ...categoryOrder.map((c) => `/console/log?category=${c}`),
];

export function isOfflinePage(path: string): boolean {
  const trimmed = path.replace(/\/$/, "");
  return trimmed === "/console/today" || trimmed === "/console/queue" || trimmed === "/console/log";
}
