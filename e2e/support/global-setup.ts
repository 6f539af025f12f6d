import { assertChromiumInstalled } from "./chromium";

/** Fails fast, with the install command, when Chromium is missing. */
export default function setup() {
  assertChromiumInstalled();
}
