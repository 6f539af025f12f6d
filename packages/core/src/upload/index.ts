import * as z from "zod";
import { useCounty } from "../actor";
import { db } from "../db/service";
import { ConflictError, InputError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { bytes, id } from "../util/schemas";
import { assertMayUpload, beginUpload, incomingKey, reachesUpload, recordUpload, uploaders } from "./begin";
import { maxImageBytes, sniffImage } from "./image";
import { NotAnImageError, resize } from "./resize";
import { publicUrl, useStorage } from "./storage";
import { uploadPurposes } from "./upload.entity";

/**
 * Images of a county (officer photos, WeChat QR codes, logos), through one interface whatever the
 * storage: `begin` hands out where to put the bytes, `complete` checks and publishes them. The
 * console's plain form uses `accept`, which does both on bytes it already has.
 */
export namespace Upload {
  export type Purpose = (typeof uploadPurposes)[number];

  const tooLarge = () =>
    new InputError("upload.too_large", "The image is larger than 5 MB", { file: ["The image is larger than 5 MB"] });
  const notAnImage = () =>
    new InputError("upload.not_an_image", "This is not a JPEG, PNG or WebP image", {
      file: ["This is not a JPEG, PNG or WebP image"],
    });
  const notFound = () => new NotFoundError("upload.not_found", "No such upload");

  /** Where the browser puts the bytes; see `beginUpload`. */
  export const begin = beginUpload;

  /** A begun upload the caller reaches (another author's is not found), with the purpose they may upload. */
  async function pending(uploadId: string) {
    const { data } = await db.entities.upload.get({ countyId: useCounty(), uploadId }).go();
    if (!data || data.expiresAt * 1000 < Date.now() || !reachesUpload(data)) throw notFound();
    if (data.status !== "pending") throw new ConflictError("upload.completed", "This upload is already complete");
    assertMayUpload(data.purpose);
    return data;
  }

  /** The local stand-in for a presigned PUT: the console receives the bytes of a begun upload. */
  export const receive = fn(uploaders, z.object({ uploadId: id, bytes: bytes }), async ({ uploadId, bytes }) => {
    if (useStorage().direct) throw notFound();
    await pending(uploadId);
    if (bytes.byteLength > maxImageBytes) throw tooLarge();
    await useStorage().put(incomingKey(useCounty(), uploadId), bytes, "application/octet-stream");
  });

  /** Checks the uploaded bytes (type from the bytes, ≤ 5 MB), publishes the resized variants. */
  export const complete = fn(uploaders, z.object({ uploadId: id }), async ({ uploadId }) => {
    const countyId = useCounty();
    const upload = await pending(uploadId);
    const storage = useStorage();
    const key = incomingKey(countyId, uploadId);
    const bytes = await storage.get(key, maxImageBytes);
    if (bytes === undefined)
      throw new InputError("upload.missing", "Nothing was uploaded", { file: ["Nothing was uploaded"] });
    try {
      if (bytes === "too_large") throw tooLarge();
      return await publish(countyId, uploadId, upload.purpose, bytes);
    } finally {
      await storage.delete(key);
    }
  });

  /** One step for bytes the server already holds (the console's form without JavaScript). */
  export const accept = fn(
    uploaders,
    z.object({ purpose: z.enum(uploadPurposes), bytes: bytes }),
    async ({ purpose, bytes }) => {
      assertMayUpload(purpose);
      const countyId = useCounty();
      if (bytes.byteLength === 0)
        throw new InputError("upload.missing", "Choose an image", { file: ["Choose an image"] });
      if (bytes.byteLength > maxImageBytes) throw tooLarge();
      const uploadId = await recordUpload(purpose);
      return publish(countyId, uploadId, purpose, bytes);
    },
  );

  async function publish(countyId: string, uploadId: string, purpose: Purpose, bytes: Uint8Array) {
    if (bytes.byteLength > maxImageBytes) throw tooLarge();
    if (!sniffImage(bytes)) throw notAnImage();
    let variants;
    try {
      variants = await resize(bytes, purpose);
    } catch (error) {
      if (error instanceof NotAnImageError) throw notAnImage();
      throw error;
    }
    const storage = useStorage();
    const urls: Record<string, string> = {};
    for (const { variant, body, contentType } of variants) {
      const key = `media/${countyId}/${uploadId}/${variant.name}.${variant.format}`;
      await storage.put(key, body, contentType, { immutable: true });
      urls[variant.name] = publicUrl(key);
    }
    const url = urls[variants[0]!.variant.name]!;
    await db.entities.upload
      .patch({ countyId, uploadId })
      .set({ status: "done", url })
      .where((a, op) => op.eq(a.status, "pending"))
      .go();
    return { uploadId, url, variants: urls };
  }
}
