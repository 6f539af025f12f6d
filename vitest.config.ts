import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "stacks/test/**/*.test.ts", "scripts/test/**/*.test.ts"],
    globalSetup: ["scripts/vitest/global-setup.ts"],
    setupFiles: ["scripts/vitest/table-per-file.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
