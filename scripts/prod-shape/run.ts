/**
 * `npm run test:prod-shape`: builds the site's Lambda variant and bundles the functions as SST does
 * and synthesizes the prod templates (scripts/synth.ts), makes a self-signed certificate for
 * 127.0.0.1, then runs the web journeys against the Lambda bundles behind the emulated CloudFront
 * (scripts/prod-shape/serve.ts, cloudfront.ts) and prints `prod-shape journeys: N passed, M failed`.
 *
 *   npm run test:prod-shape [-- --skip-synth]   (reuses .build/prod-shape when present)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const root = path.resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({ options: { "skip-synth": { type: "boolean", default: false } } });
const out = path.join(root, ".build/prod-shape");
const tls = path.join(root, ".build/prod-shape-tls");

const run = (command: string, argv: string[], env: NodeJS.ProcessEnv = process.env) => {
  const result = spawnSync(command, argv, { cwd: root, stdio: "inherit", env });
  return result.status ?? 1;
};

if (!args["skip-synth"] || !existsSync(out)) {
  if (
    run(process.execPath, ["--import", "tsx", "scripts/synth.ts", "--stage", "prod", "--out", ".build/prod-shape"]) !==
    0
  ) {
    console.error("prod-shape: the Lambda build or synthesis failed");
    process.exit(1);
  }
}

mkdirSync(tls, { recursive: true });
const cert = path.join(tls, "cert.pem");
const key = path.join(tls, "key.pem");
if (!existsSync(cert)) {
  const made = spawnSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "30",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1,DNS:localhost",
      "-keyout",
      key,
      "-out",
      cert,
    ],
    { stdio: "ignore" },
  );
  if (made.status !== 0) throw new Error("openssl could not make the loopback certificate");
}

const report = path.join(out, "journeys.json");
const status = run(
  process.execPath,
  [
    path.join(root, "node_modules/vitest/vitest.mjs"),
    "run",
    "--config",
    "scripts/prod-shape/vitest.config.ts",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ],
  {
    ...process.env,
    CUNJING_SHAPE: "prod",
    CUNJING_PROD_SHAPE_OUT: out,
    CUNJING_PROD_SHAPE_CERT: cert,
    CUNJING_PROD_SHAPE_KEY: key,
    NODE_EXTRA_CA_CERTS: cert,
  },
);
const results = existsSync(report)
  ? (JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number })
  : undefined;
console.log(`\nprod-shape journeys: ${results?.numPassedTests ?? 0} passed, ${results?.numFailedTests ?? "?"} failed`);
process.exit(status === 0 && results && results.numFailedTests === 0 && results.numPassedTests >= 10 ? 0 : 1);
