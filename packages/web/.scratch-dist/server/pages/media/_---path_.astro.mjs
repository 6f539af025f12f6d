import { readFile } from 'node:fs/promises';
import { a as localPath } from '../../chunks/storage.local_DG2QlFCJ.mjs';
export { renderers } from '../../renderers.mjs';

const types = {
  webp: "image/webp",
  png: "image/png",
  jpg: "image/jpeg"
};
const GET = async ({
  params
}) => {
  const path = params.path ?? "";
  const type = types[path.split(".").pop() ?? ""];
  if (process.env.BUCKET_NAME || !type || !/^[a-z0-9]+\/[a-z0-9]+\/[a-z0-9]+\.(webp|png|jpg)$/.test(path)) {
    return new Response("Not found", {
      status: 404
    });
  }
  try {
    const body = await readFile(localPath(`media/${path}`));
    return new Response(body, {
      headers: {
        "content-type": type,
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff"
      }
    });
  } catch {
    return new Response("Not found", {
      status: 404
    });
  }
};

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  GET
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
