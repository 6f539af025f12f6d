import { defineConfig } from "vitest/config";

// The SDK warns that Node 20 loses support in 2027; Lambda runs nodejs22.x, so the warning is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "stacks/test/**/*.test.ts", "scripts/test/**/*.test.ts"],
    globalSetup: ["scripts/vitest/global-setup.ts"],
    setupFiles: ["scripts/vitest/table-per-file.ts"],
    // Generous: the suite shares two cores with DynamoDB Local; speed is measured by the bench.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
