import * as z from 'zod';
import { a as assertRole, u as useCounty, o as uploadPurposes, d as db } from './id_CvCQQS6k.mjs';
import { N as NotFoundError, I as InputError, C as ConflictError } from './errors_MfzDXNyI.mjs';
import { f as fn, b as bytes, i as id } from './schemas_Cu4Pp2P7.mjs';
import { m as maxInputPixels, v as variantsOf, b as beginUpload, a as maxImageBytes, i as incomingKey, r as recordUpload, s as sniffImage } from './begin_5YiWNN51.mjs';
import { u as useStorage, p as publicUrl } from './storage_Dc3R-KQE.mjs';

class NotAnImageError extends Error {
}
async function resize(bytes, purpose) {
  const {
    default: sharp
  } = await import('sharp');
  try {
    const source = sharp(bytes, {
      limitInputPixels: maxInputPixels,
      failOn: "error"
    }).rotate();
    await source.metadata();
    return await Promise.all(variantsOf[purpose].map(async (variant) => {
      const pipeline = source.clone().resize(variant.width, variant.height, {
        fit: variant.fit,
        withoutEnlargement: variant.fit === "inside"
      });
      const body = variant.format === "webp" ? await pipeline.webp({
        quality: 82
      }).toBuffer() : await pipeline.png({
        compressionLevel: 9
      }).toBuffer();
      return {
        variant,
        body: new Uint8Array(body),
        contentType: `image/${variant.format}`
      };
    }));
  } catch (error) {
    throw new NotAnImageError(error instanceof Error ? error.message : String(error));
  }
}

var Upload;
((Upload2) => {
  const tooLarge = () => new InputError("upload.too_large", "The image is larger than 5 MB", {
    file: ["The image is larger than 5 MB"]
  });
  const notAnImage = () => new InputError("upload.not_an_image", "This is not a JPEG, PNG or WebP image", {
    file: ["This is not a JPEG, PNG or WebP image"]
  });
  const notFound = () => new NotFoundError("upload.not_found", "No such upload");
  Upload2.begin = beginUpload;
  async function pending(uploadId) {
    const {
      data
    } = await db.entities.upload.get({
      countyId: useCounty(),
      uploadId
    }).go();
    if (!data || data.expiresAt * 1e3 < Date.now()) throw notFound();
    if (data.status !== "pending") throw new ConflictError("upload.completed", "This upload is already complete");
    return data;
  }
  Upload2.receive = fn(z.object({
    uploadId: id,
    bytes
  }), async ({
    uploadId,
    bytes: bytes2
  }) => {
    assertRole("county_admin");
    if (useStorage().direct) throw notFound();
    await pending(uploadId);
    if (bytes2.byteLength > maxImageBytes) throw tooLarge();
    await useStorage().put(incomingKey(useCounty(), uploadId), bytes2, "application/octet-stream");
  });
  Upload2.complete = fn(z.object({
    uploadId: id
  }), async ({
    uploadId
  }) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const upload = await pending(uploadId);
    const storage = useStorage();
    const key = incomingKey(countyId, uploadId);
    const bytes2 = await storage.get(key, maxImageBytes);
    if (bytes2 === void 0) throw new InputError("upload.missing", "Nothing was uploaded", {
      file: ["Nothing was uploaded"]
    });
    try {
      if (bytes2 === "too_large") throw tooLarge();
      return await publish(countyId, uploadId, upload.purpose, bytes2);
    } finally {
      await storage.delete(key);
    }
  });
  Upload2.accept = fn(z.object({
    purpose: z.enum(uploadPurposes),
    bytes
  }), async ({
    purpose,
    bytes: bytes2
  }) => {
    assertRole("county_admin");
    const countyId = useCounty();
    if (bytes2.byteLength === 0) throw new InputError("upload.missing", "Choose an image", {
      file: ["Choose an image"]
    });
    if (bytes2.byteLength > maxImageBytes) throw tooLarge();
    const uploadId = await recordUpload(purpose);
    return publish(countyId, uploadId, purpose, bytes2);
  });
  async function publish(countyId, uploadId, purpose, bytes2) {
    if (bytes2.byteLength > maxImageBytes) throw tooLarge();
    if (!sniffImage(bytes2)) throw notAnImage();
    let variants;
    try {
      variants = await resize(bytes2, purpose);
    } catch (error) {
      if (error instanceof NotAnImageError) throw notAnImage();
      throw error;
    }
    const storage = useStorage();
    const urls = {};
    for (const {
      variant,
      body,
      contentType
    } of variants) {
      const key = `media/${countyId}/${uploadId}/${variant.name}.${variant.format}`;
      await storage.put(key, body, contentType, {
        immutable: true
      });
      urls[variant.name] = publicUrl(key);
    }
    const url = urls[variants[0].variant.name];
    await db.entities.upload.patch({
      countyId,
      uploadId
    }).set({
      status: "done",
      url
    }).where((a, op) => op.eq(a.status, "pending")).go();
    return {
      uploadId,
      url,
      variants: urls
    };
  }
})(Upload || (Upload = {}));

export { Upload as U };
