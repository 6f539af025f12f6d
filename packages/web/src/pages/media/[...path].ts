import { readFile } from "node:fs/promises";
import type { APIRoute } from "astro";
import { localPath } from "@cunjing/core/upload/storage.local";

const types: Record<string, string> = { webp: "image/webp", png: "image/png", jpg: "image/jpeg" };

/**
 * Published images from the local store (`.data/uploads/media/…`). In production the same paths
 * are served from the bucket by CloudFront, and this route is never reached for them.
 */
export const GET: APIRoute = async ({ params }) => {
  const path = params.path ?? "";
  const type = types[path.split(".").pop() ?? ""];
  if (process.env.BUCKET_NAME || !type || !/^[a-z0-9]+\/[a-z0-9]+\/[a-z0-9]+\.(webp|png|jpg)$/.test(path)) {
    return new Response("Not found", { status: 404 });
  }
  try {
    const body = await readFile(localPath(`media/${path}`));
    return new Response(body, {
      headers: {
        "content-type": type,
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
      },
    });
  } catch {
    return new Response("Not found", { status: 404 });
  }
};
