/**
 * Builds the real app (`sst.config.ts` → every stack) offline for assertions, the way SST's own
 * tests do: NODE_ENV=test makes SST skip its AWS look-ups (STS, bootstrap bucket) and site builds.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Template } from "aws-cdk-lib/assertions";
import { App, getStack } from "sst/constructs";
import { initProject, useProject } from "sst/project.js";
import config from "../../sst.config";
import { writeSharpLayerStub } from "../sharp-layer";
import { serverRoutes } from "../../packages/web/server-routes.mjs";

type StackFn = Parameters<typeof getStack>[0];

/** What `astro build` with astro-sst leaves behind, reduced to what `AstroSite` reads. */
export const WEB_FIXTURE_BUILD_META = {
  deploymentStrategy: "regional",
  responseMode: "buffer",
  outputMode: "server",
  pageResolution: "directory",
  trailingSlash: "ignore",
  serverBuildOutputFile: "dist/server/entry.mjs",
  clientBuildOutputDir: "dist/client",
  clientBuildVersionedSubDir: "_astro",
  routes: [
    { route: "/_image", type: "endpoint", pattern: "/^\\/_image\\/?$/", prerender: false },
    { route: "/", type: "page", pattern: "/^\\/$/", prerender: false },
    // A /404 page makes AstroSite add distribution-wide custom error responses (see Web.ts).
    { route: "/404", type: "page", pattern: "/^\\/404\\/?$/", prerender: false },
  ],
  // The same derivation as the real build (astro.config.mjs): every page that takes a write.
  serverRoutes: serverRoutes(),
};

/**
 * A prebuilt stand-in for `packages/web` (under the git-ignored `.sst/`), so infra tests stay fast,
 * don't depend on the web package compiling, and never overwrite its real `dist/`.
 * `npm run synth` is the check that runs against the real Astro build.
 */
export function writeWebFixture(root = process.cwd()): string {
  const site = path.join(root, ".sst", "test-fixtures", "web");
  mkdirSync(path.join(site, "dist", "server"), { recursive: true });
  mkdirSync(path.join(site, "dist", "client", "_astro"), { recursive: true });
  writeFileSync(path.join(site, "dist", "sst.buildMeta.json"), JSON.stringify(WEB_FIXTURE_BUILD_META));
  writeFileSync(
    path.join(site, "dist", "server", "entry.mjs"),
    `export async function handler() { return { statusCode: 200, headers: { "content-type": "text/plain" }, body: "fixture" }; }\n`,
  );
  writeFileSync(path.join(site, "dist", "client", "robots.txt"), "User-agent: *\nAllow: /\n");
  writeFileSync(path.join(site, "dist", "client", "_astro", "app.js"), "export {};\n");
  return site;
}

export interface BuiltApp {
  stage: string;
  region: string;
  template(stack: StackFn): Template;
}

/**
 * Synthesises every stack of `sst.config.ts` for `stage`. Templates are taken eagerly because SST's
 * `getStack()` reads a module-global "current app" that the next `buildApp()` replaces.
 * Calls must not overlap (SST keeps one project and one app per process).
 */
export async function buildApp(stage: string, stacks: readonly StackFn[]): Promise<BuiltApp> {
  process.env.CUNJING_WEB_PATH = writeWebFixture();
  process.env.CUNJING_SHARP_LAYER_DIR = writeSharpLayerStub();
  await initProject({ stage });
  // initProject loads .env, .env.local, .env.<stage> with override; none may take SST out of test mode.
  process.env.NODE_ENV = "test";
  const { config: project } = useProject();
  const region = project.region ?? "ap-east-1";
  const app = new App({ mode: "deploy", stage, name: project.name, region });
  await config.stacks(app);
  await app.finish();
  const templates = new Map(stacks.map((fn) => [fn, Template.fromStack(getStack(fn))] as const));
  return {
    stage,
    region,
    template(fn) {
      const template = templates.get(fn);
      if (!template) throw new Error(`stack ${fn.name} was not requested from buildApp()`);
      return template;
    },
  };
}
