/**
 * Creates the first platform admin of a deployed stage, in that stage's DynamoDB table on AWS.
 *
 *   AWS_PROFILE=cunjing-prod npm run bootstrap-admin -- --stage prod --username admin [--name "平台管理员"]
 *
 * The password comes from `CUNJING_ADMIN_PASSWORD`, or else from stdin (typed without echo on a
 * terminal, or piped: the first line). Credentials and region are the AWS SDK's usual ones
 * (AWS_PROFILE, AWS_REGION); the region defaults to the stage's (stacks/stage.ts) and the table to
 * the one `sst deploy` created (`<stage>-cunjing-table`, `--table` overrides). It refuses to run with
 * DYNAMODB_ENDPOINT set: that points at DynamoDB Local, which `npm start` seeds with its own demo
 * admin. It is not the demo seed: it writes exactly one user (and its username claim) and nothing else,
 * and it never replaces an existing user.
 */
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

export interface Target {
  stage: string;
  region: string;
  table: string;
}

/** Where the admin goes, or an error explaining why not. Pure, for tests. */
export function resolveTarget(
  args: { stage?: string; table?: string },
  env: NodeJS.ProcessEnv,
  regionFor: (stage: string, env: NodeJS.ProcessEnv) => string,
): Target {
  if (env.DYNAMODB_ENDPOINT) {
    throw new Error(
      `DYNAMODB_ENDPOINT is set (${env.DYNAMODB_ENDPOINT}): this command writes to a deployed stage's table on AWS. ` +
        "Unset it; the local demo already has an admin (npm start).",
    );
  }
  const stage = args.stage?.trim();
  if (!stage) throw new Error("--stage is required (dev, staging, prod or your own stage)");
  if (!/^[a-z][a-z0-9-]*$/i.test(stage)) throw new Error(`Not a stage name: ${stage}`);
  return { stage, region: regionFor(stage, env), table: args.table?.trim() || `${stage}-cunjing-table` };
}

async function readPassword(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.CUNJING_ADMIN_PASSWORD) return env.CUNJING_ADMIN_PASSWORD;
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = "";
    for await (const chunk of stdin) text += chunk;
    return text.split(/\r?\n/)[0] ?? "";
  }
  process.stderr.write("Password for the new platform admin (not shown): ");
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = "";
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stderr.write("\n");
          return resolve(value);
        }
        if (char === "\u0003") {
          stdin.setRawMode(false);
          return reject(new Error("cancelled"));
        }
        value = char === "\u007f" ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on("data", onData);
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      stage: { type: "string" },
      table: { type: "string" },
      username: { type: "string", default: "admin" },
      name: { type: "string", default: "Platform admin" },
    },
  });
  const { regionFor } = await import("../stacks/stage");
  const target = resolveTarget(values, process.env, regionFor);
  process.env.AWS_REGION = target.region;
  process.env.TABLE_NAME = target.table;
  // Core reads TABLE_NAME / DYNAMODB_ENDPOINT when first imported: only now.
  const { DescribeTableCommand } = await import("@aws-sdk/client-dynamodb");
  const { dynamo } = await import("@cunjing/core/db/client");
  const { password, username } = await import("@cunjing/core/user/index");
  const { platformTenant } = await import("@cunjing/core/user/user.entity");
  const { Auth } = await import("@cunjing/core/auth/index");
  const { withActor } = await import("@cunjing/core/actor");

  const name = username.parse(values.username);
  const table = await dynamo.send(new DescribeTableCommand({ TableName: target.table })).catch((error: Error) => {
    throw new Error(
      `Cannot read table ${target.table} in ${target.region} (${error.name}: ${error.message}). Deployed? Right profile?`,
    );
  });
  if (table.Table?.TableStatus !== "ACTIVE") throw new Error(`Table ${target.table} is ${table.Table?.TableStatus}`);

  const checked = password.safeParse(await readPassword(process.env));
  if (!checked.success) throw new Error(`Password refused: ${checked.error.issues.map((i) => i.message).join("; ")}`);

  const userId = await withActor({ type: "system", properties: {} }, () =>
    Auth.createUser({
      countyId: platformTenant,
      username: name,
      displayName: values.name!,
      password: checked.data,
      role: "platform_admin",
    }),
  );
  console.log(
    `Platform admin "${name}" created in ${target.table} (${target.region}), user id ${userId}. ` +
      `Sign in at <site>/console/signin with the county set to the platform.`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: Error) => {
    const taken = error.message.includes("taken") || (error as { code?: string }).code === "user.username_taken";
    console.error(`✗ ${taken ? "That username exists already on this stage; nothing was changed." : error.message}`);
    process.exit(1);
  });
}
