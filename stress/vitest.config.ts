import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

/**
 * Fault and fuzz suites (`npm run test:faults`, `npm run test:fuzz`): slower than `npm test`, run by
 * CI. Same DynamoDB Local and fresh-table-per-file setup as `npm test`, plus the built site.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["stress/**/*.test.ts"],
    globalSetup: ["scripts/vitest/global-setup.ts"],
    setupFiles: ["scripts/vitest/table-per-file.ts"],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: "forks",
    fileParallelism: false,
  },
});
