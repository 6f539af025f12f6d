import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { regionFor } from "../../../stacks/stage";
import { resolveTarget } from "../../bootstrap-admin";

describe("bootstrap-admin", () => {
  it("targets the stage's own table in the stage's region", () => {
    expect(resolveTarget({ stage: "prod" }, {}, regionFor)).toEqual({
      stage: "prod",
      region: "ap-east-1",
      table: "prod-cunjing-table",
    });
    expect(resolveTarget({ stage: "staging", table: "custom" }, { AWS_REGION: "ap-southeast-1" }, regionFor)).toEqual({
      stage: "staging",
      region: "ap-southeast-1",
      table: "custom",
    });
  });

  it("refuses DynamoDB Local and a missing or odd stage", () => {
    expect(() => resolveTarget({ stage: "prod" }, { DYNAMODB_ENDPOINT: "http://127.0.0.1:8000" }, regionFor)).toThrow(
      /DYNAMODB_ENDPOINT is set/,
    );
    expect(() => resolveTarget({}, {}, regionFor)).toThrow(/--stage is required/);
    expect(() => resolveTarget({ stage: "prod; rm" }, {}, regionFor)).toThrow(/Not a stage name/);
  });

  it("exits non-zero without touching anything when pointed at DynamoDB Local", () => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "scripts/bootstrap-admin.ts", "--stage", "prod"], {
      encoding: "utf8",
      env: { ...process.env, DYNAMODB_ENDPOINT: "http://127.0.0.1:1", CUNJING_ADMIN_PASSWORD: "never-used-123" },
      timeout: 60_000,
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(/DYNAMODB_ENDPOINT is set/);
  });
});
