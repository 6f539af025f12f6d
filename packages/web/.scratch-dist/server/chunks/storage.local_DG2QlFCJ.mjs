import { rm, stat, readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';

function localUploadRoot() {
  return resolve(process.env.CUNJING_UPLOAD_DIR ?? ".data/uploads");
}
function localPath(key) {
  const root = localUploadRoot();
  const path = resolve(root, key);
  if (!/^[a-z0-9][a-z0-9/._-]*$/i.test(key) || key.includes("..") || !path.startsWith(root + sep)) {
    throw new Error(`Bad storage key: ${key}`);
  }
  return path;
}
function localStorage() {
  return {
    direct: false,
    async uploadTarget(_key, upload) {
      return {
        url: `/console/media/upload/${upload.uploadId}`,
        headers: {
          "content-type": upload.contentType
        }
      };
    },
    async put(key, body) {
      const path = localPath(key);
      await mkdir(dirname(path), {
        recursive: true
      });
      await writeFile(path, body);
    },
    async get(key, maxBytes) {
      const path = localPath(key);
      try {
        if ((await stat(path)).size > maxBytes) return "too_large";
        return new Uint8Array(await readFile(path));
      } catch (error) {
        if (error.code === "ENOENT") return void 0;
        throw error;
      }
    },
    async delete(key) {
      await rm(localPath(key), {
        force: true
      });
    }
  };
}

export { localPath as a, localStorage as l };
