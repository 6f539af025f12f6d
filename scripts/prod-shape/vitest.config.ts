import { defineConfig } from "vitest/config";

/**
 * The journeys of the web tests, run against the production shape (`npm run test:prod-shape` sets
 * CUNJING_SHAPE=prod, so scripts/site-server.ts serves the Lambda bundles behind the emulated
 * CloudFront), plus the checks only that shape can make.
 */
export const PROD_SHAPE_FILES = [
  "packages/web/test/security.test.ts",
  "packages/web/test/feedback.test.ts",
  "packages/web/test/appointment.test.ts",
  "packages/web/test/records.test.ts",
  "packages/web/test/intake.test.ts",
  "packages/web/test/console.test.ts",
  "packages/web/test/onboarding.test.ts",
  "packages/web/test/worklog.test.ts",
  "packages/web/test/care.test.ts",
  "scripts/prod-shape/prod-shape.test.ts",
];

export default defineConfig({
  test: {
    include: PROD_SHAPE_FILES,
    // No Node build of the site: the Lambda bundles are served instead (scripts/site-server.ts).
    globalSetup: ["scripts/vitest/dynamodb.ts", "scripts/vitest/demo-template.ts"],
    setupFiles: ["scripts/vitest/table-per-file.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    poolOptions: { forks: { maxForks: 2 } },
  },
});
