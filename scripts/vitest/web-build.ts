import { buildWebIfStale } from "../web-build";

/** The built site, for the projects whose tests serve it; rebuilt only when its sources changed. */
export default function setup() {
  const { built, seconds } = buildWebIfStale();
  if (built) console.log(`Web site built in ${seconds.toFixed(1)} s`);
}
