import { execFileSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type BuildFailure, type BuildOptions, type Metafile } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const outDir = join(root, ".build/bench");
const functionsDir = join(root, "packages/functions");
export const apiHandlerEntry = join(functionsDir, "src/api/handler.ts");

/**
 * The options SST v2 gives esbuild for an ESM Node function (sst/runtime/handlers/node.js), minified, for Lambda's
 * nodejs22.x. With `splitting` (the API's `nodejs.splitting`), modules loaded by `import()` become chunks beside
 * the handler, as SST writes them (outdir, `.mjs`).
 */
function sstLikeOptions(outfile: string, external: string[], splitting = false): BuildOptions {
  return {
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    minify: true,
    keepNames: true,
    mainFields: ["module", "main"],
    banner: {
      js: [
        `import { createRequire as topLevelCreateRequire } from 'module';`,
        `const require = topLevelCreateRequire(import.meta.url);`,
        `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
        `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
      ].join("\n"),
    },
    ...(splitting
      ? { splitting: true, outdir: outfile.replace(/\.mjs$/, ""), outExtension: { ".js": ".mjs" } }
      : { outfile }),
    external,
    logLevel: "silent",
    metafile: true,
  };
}

export interface Bundle {
  file: string;
  /** What a cold start loads: the handler and the chunks it imports statically. */
  bytes: number;
  /** Everything deployed, with the chunks loaded later by `import()`. */
  totalBytes: number;
  /** Bytes in the output per package (or "(own code)"), largest first. */
  largest: Array<{ name: string; bytes: number }>;
  /** Packages left out of the bundle because they carry native addons (SST's `nodejs.install` must list them). */
  installed: string[];
}

/** Bundles the API Lambda (packages/functions/src/api/handler.ts) as SST would (stacks/Api.ts: splitting on). */
export function bundleApiHandler(): Promise<Bundle> {
  return bundle({ entryPoints: [apiHandlerEntry] }, join(outDir, "api-handler.mjs"), true);
}

/** A bare tRPC handler (one query, no core), the yardstick for the API's cold import. */
export function bundleBareTrpcHandler(): Promise<Bundle> {
  return bundleHandlerSource("bare-trpc-handler", [], "");
}

/** The bare handler plus a DynamoDB document client: what any DynamoDB-backed handler pays. For context. */
export function bundleTrpcWithDynamoHandler(): Promise<Bundle> {
  return bundleHandlerSource(
    "trpc-dynamodb-handler",
    [
      `import { DynamoDBClient } from "@aws-sdk/client-dynamodb";`,
      `import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";`,
    ],
    `export const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ maxAttempts: 4 }));`,
  );
}

function bundleHandlerSource(name: string, extraImports: string[], extraCode: string): Promise<Bundle> {
  const contents = [
    `import { initTRPC } from "@trpc/server";`,
    `import { awsLambdaRequestHandler } from "@trpc/server/adapters/aws-lambda";`,
    ...extraImports,
    `const t = initTRPC.create();`,
    `const appRouter = t.router({ ping: t.procedure.query(() => "pong") });`,
    `export const handler = awsLambdaRequestHandler({ router: appRouter });`,
    extraCode,
  ].join("\n");
  // Resolve from packages/functions: the root's @trpc/server is sst's v9, and the SDK is core's.
  return bundle(
    { stdin: { contents, resolveDir: join(functionsDir, "src/api"), loader: "ts", sourcefile: `${name}.ts` } },
    join(outDir, `${name}.mjs`),
  );
}

async function bundle(
  entry: Pick<BuildOptions, "entryPoints" | "stdin">,
  outfile: string,
  splitting = false,
): Promise<Bundle> {
  mkdirSync(outDir, { recursive: true });
  const installed: string[] = [];
  for (;;) {
    try {
      const result = await build({ ...sstLikeOptions(outfile, installed, splitting), ...entry });
      const outputs = result.metafile!.outputs;
      // Modules loaded by import() are entry points of their own when splitting: pick the handler's output.
      const entryOutput = splitting
        ? Object.keys(outputs).find((path) => resolve(outputs[path]!.entryPoint ?? "") === apiHandlerEntry)!
        : Object.keys(outputs)[0]!;
      const loaded = staticClosure(outputs, entryOutput);
      const file = resolve(entryOutput);
      const pick = (paths: string[]) => Object.fromEntries(paths.map((path) => [path, outputs[path]!]));
      return {
        file,
        bytes: loaded.reduce((sum, path) => sum + statSync(resolve(path)).size, 0),
        totalBytes: Object.keys(outputs).reduce((sum, path) => sum + statSync(resolve(path)).size, 0),
        installed,
        largest: bytesByPackage(pick(loaded)),
      };
    } catch (error) {
      const nativePackage = packageWithNativeAddon(error as BuildFailure);
      if (!nativePackage || installed.includes(nativePackage)) throw error;
      installed.push(nativePackage);
    }
  }
}

/** The output files a cold start evaluates: the entry and, transitively, what it imports statically. */
function staticClosure(outputs: Metafile["outputs"], entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !outputs[path]) return;
    seen.add(path);
    for (const imported of outputs[path]!.imports) if (imported.kind === "import-statement") visit(imported.path);
  };
  visit(entry);
  return [...seen];
}

function bytesByPackage(outputs: Metafile["outputs"]): Bundle["largest"] {
  const totals = new Map<string, number>();
  for (const output of Object.values(outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? "(own code)";
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** esbuild cannot bundle `.node` binaries; find the package that loads one, to leave it external. */
function packageWithNativeAddon(failure: BuildFailure): string | undefined {
  for (const error of failure.errors ?? []) {
    if (!error.text.includes('".node" files')) continue;
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(error.location?.file ?? "");
    if (match) return match[1];
  }
  return undefined;
}

/**
 * Median milliseconds to import a bundle in a fresh Node process (module evaluation only, not Node's
 * own start), over `runs` processes per bundle, interleaved so both see the same machine load.
 */
export function medianColdImports(bundles: Bundle[], runs: number): number[] {
  const samples = bundles.map(() => [] as number[]);
  const script = `const started = performance.now(); await import(process.env.BUNDLE_URL); process.stdout.write(String(performance.now() - started));`;
  const env = lambdaLikeEnvironment();
  for (let run = 0; run < runs; run++) {
    bundles.forEach((bundle, index) => {
      const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
        env: { ...env, BUNDLE_URL: pathToFileURL(bundle.file).href },
        encoding: "utf8",
      });
      samples[index]!.push(Number(output));
    });
  }
  return samples.map(median);
}

/** What the API Lambda gets: a table name and a region, no local endpoint, no bench hooks. */
function lambdaLikeEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  env.TABLE_NAME = "cold-import";
  env.AWS_REGION = "ap-east-1";
  return env;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
