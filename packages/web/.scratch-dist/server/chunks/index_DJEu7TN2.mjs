import * as z from 'zod';
import { a as assertRole, u as useCounty, c as createId, d as db, n as uploadPurposes, N as NotFoundError, I as InputError, k as useActor, C as ConflictError } from './id_Cl3H450s.mjs';
import { f as fn, b as bytes, i as id } from './schemas__-DFAqyU.mjs';
import { u as useStorage, p as publicUrl } from './storage_D7x46cZ1.mjs';

const maxImageBytes = 5 * 1024 * 1024;
const maxInputPixels = 4e7;
const imageTypes = ["image/jpeg", "image/png", "image/webp"];
function sniffImage(bytes) {
  const at = (offset, ...values) => values.every((value, i) => bytes[offset + i] === value);
  if (at(0, 255, 216, 255)) return "image/jpeg";
  if (at(0, 137, 80, 78, 71, 13, 10, 26, 10)) return "image/png";
  if (at(0, 82, 73, 70, 70) && at(8, 87, 69, 66, 80)) return "image/webp";
  return void 0;
}
const variantsOf = {
  photo: [
    { name: "320", width: 320, height: 320, fit: "cover", format: "webp" },
    { name: "160", width: 160, height: 160, fit: "cover", format: "webp" }
  ],
  qr: [{ name: "480", width: 480, height: 480, fit: "inside", format: "png" }],
  logo: [{ name: "256", width: 256, height: 256, fit: "inside", format: "png" }]
};
class NotAnImageError extends Error {
}
async function resize(bytes, purpose) {
  const { default: sharp } = await import('sharp');
  try {
    const source = sharp(bytes, { limitInputPixels: maxInputPixels, failOn: "error" }).rotate();
    await source.metadata();
    return await Promise.all(
      variantsOf[purpose].map(async (variant) => {
        const pipeline = source.clone().resize(variant.width, variant.height, { fit: variant.fit, withoutEnlargement: variant.fit === "inside" });
        const body = variant.format === "webp" ? await pipeline.webp({ quality: 82 }).toBuffer() : await pipeline.png({ compressionLevel: 9 }).toBuffer();
        return { variant, body: new Uint8Array(body), contentType: `image/${variant.format}` };
      })
    );
  } catch (error) {
    throw new NotAnImageError(error instanceof Error ? error.message : String(error));
  }
}

const uploadLifetimeSeconds = 24 * 3600;
var Upload;
((Upload2) => {
  const tooLarge = () => new InputError("upload.too_large", "The image is larger than 5 MB", { file: ["The image is larger than 5 MB"] });
  const notAnImage = () => new InputError("upload.not_an_image", "This is not a JPEG, PNG or WebP image", { file: ["This is not a JPEG, PNG or WebP image"] });
  const notFound = () => new NotFoundError("upload.not_found", "No such upload");
  const incomingKey = (countyId, uploadId) => `incoming/${countyId}/${uploadId}`;
  Upload2.begin = fn(
    z.object({
      purpose: z.enum(uploadPurposes),
      contentType: z.enum(imageTypes, "Use a JPEG, PNG or WebP image"),
      size: z.number().int().min(1).max(maxImageBytes, "The image is larger than 5 MB")
    }),
    async (input) => {
      assertRole("county_admin");
      const countyId = useCounty();
      const uploadId = createId();
      await db.entities.upload.create({
        countyId,
        uploadId,
        purpose: input.purpose,
        actorId: uploaderId(),
        expiresAt: Math.floor(Date.now() / 1e3) + uploadLifetimeSeconds
      }).go();
      const target = await useStorage().uploadTarget(incomingKey(countyId, uploadId), { uploadId, contentType: input.contentType, size: input.size });
      return { uploadId, method: "PUT", ...target };
    }
  );
  async function pending(uploadId) {
    const { data } = await db.entities.upload.get({ countyId: useCounty(), uploadId }).go();
    if (!data || data.expiresAt * 1e3 < Date.now()) throw notFound();
    if (data.status !== "pending") throw new ConflictError("upload.completed", "This upload is already complete");
    return data;
  }
  Upload2.receive = fn(z.object({ uploadId: id, bytes }), async ({ uploadId, bytes: bytes2 }) => {
    assertRole("county_admin");
    if (useStorage().direct) throw notFound();
    await pending(uploadId);
    if (bytes2.byteLength > maxImageBytes) throw tooLarge();
    await useStorage().put(incomingKey(useCounty(), uploadId), bytes2, "application/octet-stream");
  });
  Upload2.complete = fn(z.object({ uploadId: id }), async ({ uploadId }) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const upload = await pending(uploadId);
    const storage = useStorage();
    const key = incomingKey(countyId, uploadId);
    const bytes2 = await storage.get(key, maxImageBytes);
    if (bytes2 === void 0) throw new InputError("upload.missing", "Nothing was uploaded", { file: ["Nothing was uploaded"] });
    try {
      if (bytes2 === "too_large") throw tooLarge();
      return await publish(countyId, uploadId, upload.purpose, bytes2);
    } finally {
      await storage.delete(key);
    }
  });
  Upload2.accept = fn(z.object({ purpose: z.enum(uploadPurposes), bytes }), async ({ purpose, bytes: bytes2 }) => {
    assertRole("county_admin");
    const countyId = useCounty();
    if (bytes2.byteLength === 0) throw new InputError("upload.missing", "Choose an image", { file: ["Choose an image"] });
    if (bytes2.byteLength > maxImageBytes) throw tooLarge();
    const uploadId = createId();
    await db.entities.upload.create({
      countyId,
      uploadId,
      purpose,
      actorId: uploaderId(),
      expiresAt: Math.floor(Date.now() / 1e3) + uploadLifetimeSeconds
    }).go();
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
    for (const { variant, body, contentType } of variants) {
      const key = `media/${countyId}/${uploadId}/${variant.name}.${variant.format}`;
      await storage.put(key, body, contentType, { immutable: true });
      urls[variant.name] = publicUrl(key);
    }
    const url = urls[variants[0].variant.name];
    await db.entities.upload.patch({ countyId, uploadId }).set({ status: "done", url }).where((a, op) => op.eq(a.status, "pending")).go();
    return { uploadId, url, variants: urls };
  }
  function uploaderId() {
    const actor = useActor();
    return actor.type === "user" ? actor.properties.userId : actor.type;
  }
})(Upload || (Upload = {}));

export { Upload as U };
