import { availableParallelism } from "node:os";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// Test files wait on DynamoDB Local and child servers most of the time, so twice the cores keeps a
// 2-core machine busy without thrashing it; CUNJING_TEST_WORKERS overrides (e.g. 8 on a laptop).
const workers = Number(process.env.CUNJING_TEST_WORKERS) || Math.min(8, Math.max(2, availableParallelism() * 2));

/**
 * Files with bulk and concurrency tests sized by `scale(small, full)` (scripts/vitest/scale.ts): small
 * in `npm test`, full size in `npm run test:slow`, which runs these files whole.
 */
const bulkTests = [
  "packages/core/test/appointment.test.ts", // concurrent bookings of a few slots, each after its own phone check
  "packages/core/test/rating.test.ts", // concurrent ratings on one officer's aggregate
  "packages/core/test/intake.test.ts", // registrations dumped raw and searched for personal data
  "packages/core/test/worklog.test.ts", // concurrent submissions on one day's counters
  "packages/core/test/import.test.ts", // an import undone midway
  "packages/core/test/keys.test.ts", // a data-key rotation re-sealing every registration of a county
  "packages/web/test/tenancy.test.ts", // every door (procedure, console page, form) × every attacker (a sample in `npm test`)
];
/** Tests without a database: pure functions, the policy table, Markdown, bootstrap-admin's arguments. */
const unitTests = ["packages/*/test/unit/**/*.test.ts", "scripts/test/unit/**/*.test.ts"];

const dynamodb = "scripts/vitest/dynamodb.ts";
const tablePerFile = "scripts/vitest/table-per-file.ts";
// Generous limits: on a loaded 2-core CI machine a file's setup can wait minutes for the demo template.
const shared = { testTimeout: 180_000, hookTimeout: 360_000, pool: "forks" as const };
// Core reads these when loaded; nothing listens on port 9, so a stray database call fails at once.
const noDatabase = { TABLE_NAME: "no-table-in-this-project", DYNAMODB_ENDPOINT: "http://127.0.0.1:9" };

const projects: TestProjectInlineConfiguration[] = [
  {
    test: {
      ...shared,
      name: "unit",
      include: unitTests,
      env: noDatabase,
    },
  },
  {
    test: {
      ...shared,
      name: "core",
      include: ["packages/core/test/**/*.test.ts", "packages/functions/test/**/*.test.ts", "scripts/test/**/*.test.ts"],
      exclude: [...unitTests, "scripts/test/slow/**"],
      globalSetup: [dynamodb, "scripts/vitest/demo-template.ts"],
      setupFiles: [tablePerFile],
    },
  },
  {
    test: {
      ...shared,
      name: "web",
      include: ["packages/web/test/**/*.test.ts"],
      exclude: unitTests,
      globalSetup: [dynamodb, "scripts/vitest/demo-template.ts", "scripts/vitest/web-build.ts"],
      setupFiles: [tablePerFile],
    },
  },
  // SST keeps one app per process and shares `.sst/artifacts`: the infrastructure tests stay in one file.
  {
    test: {
      ...shared,
      name: "infra",
      include: ["stacks/test/**/*.test.ts"],
      // The stacks import handlers, whose modules read these when loaded; synthesis calls no database.
      env: noDatabase,
    },
  },
  {
    test: {
      ...shared,
      name: "slow",
      include: [...bulkTests, "scripts/test/slow/**/*.test.ts"],
      globalSetup: [dynamodb, "scripts/vitest/demo-template.ts", "scripts/vitest/web-build.ts"],
      setupFiles: [tablePerFile],
      env: { CUNJING_TEST_SCALE: "full" },
      testTimeout: 600_000,
    },
  },
];

export default defineConfig({
  test: { projects, maxWorkers: workers, minWorkers: 1 },
});
