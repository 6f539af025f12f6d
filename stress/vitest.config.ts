import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Fault and fuzz suites (`npm run test:faults`, `npm run test:fuzz`): slower than `npm test`, run by
 * CI. Same DynamoDB Local and fresh-table-per-file setup as `npm test`, plus the built site.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["stress/**/*.test.ts"],
    globalSetup: ["scripts/vitest/dynamodb.ts", "scripts/vitest/demo-template.ts", "scripts/vitest/web-build.ts"],
    setupFiles: ["scripts/vitest/table-per-file.ts"],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: "forks",
    fileParallelism: false,
  },
});
