import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import type { Storage } from "./storage";

/**
 * `CUNJING_UPLOAD_DIR`, or `.data/uploads` under the working directory (the repository root for
 * `npm start` and the tests). Not derived from this file's path: the web build moves the code.
 */
export function localUploadRoot(): string {
  return resolve(process.env.CUNJING_UPLOAD_DIR ?? ".data/uploads");
}

/** A key's file, refusing anything that would leave the root (`..`, absolute paths). */
export function localPath(key: string): string {
  const root = localUploadRoot();
  const path = resolve(root, key);
  if (!/^[a-z0-9][a-z0-9/._-]*$/i.test(key) || key.includes("..") || !path.startsWith(root + sep)) {
    throw new Error(`Bad storage key: ${key}`);
  }
  return path;
}

export function localStorage(): Storage {
  return {
    direct: false,
    async uploadTarget(_key, upload) {
      return { url: `/console/media/upload/${upload.uploadId}`, headers: { "content-type": upload.contentType } };
    },
    async put(key, body) {
      const path = localPath(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, body);
    },
    async get(key, maxBytes) {
      const path = localPath(key);
      try {
        if ((await stat(path)).size > maxBytes) return "too_large";
        return new Uint8Array(await readFile(path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
    async delete(key) {
      await rm(localPath(key), { force: true });
    },
  };
}
