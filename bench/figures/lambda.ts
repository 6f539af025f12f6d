import {
  bundleApiHandler,
  bundleBareTrpcHandler,
  bundleTrpcWithDynamoHandler,
  medianColdImports,
  type Bundle,
} from "../lambda";
import { atMost, budgets, type Row } from "../rows";

const COLD_IMPORT_RUNS = 21;

const largest = (bundle: Bundle) =>
  bundle.largest
    .slice(0, 5)
    .map((entry) => `${entry.name} ${Math.round(entry.bytes / 1024)} KB`)
    .join(", ");

/** API Lambda bundle ≤ 1 MB minified; its cold import within 2× a bare tRPC handler's, same run. */
export async function lambdaRows(): Promise<Row[]> {
  const api = await bundleApiHandler();
  const bare = await bundleBareTrpcHandler();
  const withDynamo = await bundleTrpcWithDynamoHandler();
  const [apiMs, bareMs, withDynamoMs] = medianColdImports([api, bare, withDynamo], COLD_IMPORT_RUNS) as [
    number,
    number,
    number,
  ];
  const external = api.installed.length
    ? `; not bundled (native addons, must be in SST's nodejs.install): ${api.installed.join(", ")}`
    : "";
  return [
    atMost(
      {
        id: "lambda.bundle_bytes",
        figure: "API Lambda bundle, minified, loaded at cold start",
        budget: budgets.lambdaBundleBytes,
        unit: "bytes",
        note:
          `esbuild, ESM, node22, split as SST deploys it; with the chunks loaded on first use ` +
          `(pinyin dictionary, S3, STS): ${(api.totalBytes / 1024 / 1024).toFixed(2)} MB; largest: ${largest(api)}${external}`,
      },
      api.bytes,
    ),
    atMost(
      {
        id: "lambda.cold_import_ratio",
        figure: "API cold import ÷ bare tRPC handler's",
        budget: budgets.coldImportRatio,
        unit: "×",
        note:
          `median of ${COLD_IMPORT_RUNS} fresh processes: API ${apiMs.toFixed(1)} ms vs bare tRPC ${bareMs.toFixed(1)} ms ` +
          `(for context, bare tRPC + DynamoDB document client: ${withDynamoMs.toFixed(1)} ms)`,
      },
      apiMs / bareMs,
    ),
  ];
}
