import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Browser journeys (`npm run test:e2e`): Chromium against the built site, a fresh table per file. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["e2e/**/*.test.ts"],
    // The Chromium check first, then the shared setup (web build, DynamoDB Local).
    globalSetup: [
      "e2e/support/global-setup.ts",
      "scripts/vitest/dynamodb.ts",
      "scripts/vitest/demo-template.ts",
      "scripts/vitest/web-build.ts",
    ],
    setupFiles: ["scripts/vitest/table-per-file.ts"],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: "forks",
    // Each file runs a browser and a web server; one file at a time keeps a two-core machine steady.
    fileParallelism: false,
  },
});
