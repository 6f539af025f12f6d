import { buildWebIfStale } from "../web-build";

/** Builds the site once per run (skipped when sources are unchanged) for suites that start the server. */
export default function setup() {
  const build = buildWebIfStale();
  if (build.built) console.log(`Web built in ${build.seconds.toFixed(1)} s`);
}
