import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * sharp for the SSR function (image uploads are resized there, core/upload/resize.ts), as a Lambda
 * layer: `nodejs/node_modules/{sharp,@img/sharp-linux-x64,@img/sharp-libvips-linux-x64}` for Linux
 * x86_64 / glibc, the SSR function's platform. Node 18+ Lambda runtimes resolve ES-module imports
 * from layers, so the bundle keeps `import "sharp"` external.
 *
 * Why not `nodejs.install: ["sharp"]`: SST 2.49 then forces `sharp@0.32.6`, whose install downloads
 * libvips from GitHub (fails offline, and is not the version core is tested with). sharp ≥ 0.33
 * ships its binaries as npm packages, so installing core's exact version for the target platform
 * needs only the npm registry. Built once into `.sst/layers/` (git-ignored) and reused.
 *
 * `CUNJING_SHARP_LAYER_DIR` exists for the infra tests (like `CUNJING_WEB_PATH`): a stub directory,
 * so `npm test` never installs anything. `npm run synth` builds and checks the real layer.
 */
export function sharpVersion(root = process.cwd()): string {
  const core = JSON.parse(readFileSync(path.join(root, "packages/core/package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  const version = core.dependencies.sharp;
  if (!version) throw new Error("packages/core has no sharp dependency");
  return version;
}

export function sharpLayerDir(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  if (env.CUNJING_SHARP_LAYER_DIR) return env.CUNJING_SHARP_LAYER_DIR;
  const version = sharpVersion(root);
  const dir = path.join(root, ".sst", "layers", `sharp-${version.replace(/\W/g, "_")}-linux-x64`);
  const nodejs = path.join(dir, "nodejs");
  if (!existsSync(path.join(nodejs, "node_modules", "@img", "sharp-linux-x64", "package.json"))) {
    mkdirSync(nodejs, { recursive: true });
    const install = spawnSync(
      "npm",
      [
        "install",
        "--prefix",
        nodejs,
        "--no-save",
        "--no-package-lock",
        "--no-audit",
        "--no-fund",
        "--omit=dev",
        "--os=linux",
        "--cpu=x64",
        "--libc=glibc",
        `sharp@${version}`,
      ],
      { stdio: ["ignore", "inherit", "inherit"], encoding: "utf8" },
    );
    if (install.status !== 0)
      throw new Error(`npm install sharp@${version} for linux-x64 failed (${install.status ?? install.signal})`);
  }
  return dir;
}

/** An empty layer for the infra tests' fixture site (which never imports sharp). */
export function writeSharpLayerStub(root = process.cwd()): string {
  const dir = path.join(root, ".sst", "test-fixtures", "sharp-layer");
  mkdirSync(path.join(dir, "nodejs", "node_modules"), { recursive: true });
  writeFileSync(path.join(dir, "nodejs", "node_modules", ".stub"), "infra-test stub: see stacks/sharp-layer.ts\n");
  return dir;
}
