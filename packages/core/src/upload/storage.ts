import { localStorage } from "./storage.local";
import { s3Storage } from "./storage.s3";

/**
 * Where files live: an S3 bucket in production (`BUCKET_NAME` set), a folder under `.data/uploads`
 * locally. Keys under `media/` are public (served at `/media/…`); everything else is private.
 */
export interface Storage {
  /** Where a browser may PUT the bytes of an upload: a presigned S3 URL, or a console path locally. */
  uploadTarget(
    key: string,
    upload: { uploadId: string; contentType: string; size: number },
  ): Promise<{ url: string; headers: Record<string, string> }>;
  /** True when browsers put bytes straight into storage (S3); locally they go through the console. */
  readonly direct: boolean;
  put(key: string, body: Uint8Array, contentType: string, options?: { immutable?: boolean }): Promise<void>;
  /** The object's bytes, or undefined when missing; refuses objects larger than `maxBytes`. */
  get(key: string, maxBytes: number): Promise<Uint8Array | undefined | "too_large">;
  delete(key: string): Promise<void>;
}

let chosen: Storage | undefined;

/** The storage of this environment. The only place that tells production from local. */
export function useStorage(): Storage {
  chosen ??= process.env.BUCKET_NAME ? s3Storage(process.env.BUCKET_NAME) : localStorage();
  return chosen;
}

/** The public address of a key under `media/`: the same path locally and behind CloudFront. */
export function publicUrl(key: string): string {
  if (!key.startsWith("media/")) throw new Error(`Not a public key: ${key}`);
  return `${(process.env.MEDIA_BASE_URL ?? "").replace(/\/+$/, "")}/${key}`;
}
