import * as z from 'zod';
import { a as assertRole, u as useCounty, o as uploadPurposes, k as useActor, c as createId, d as db } from './id_CvCQQS6k.mjs';
import { f as fn } from './schemas_Cu4Pp2P7.mjs';
import { u as useStorage } from './storage_Dc3R-KQE.mjs';

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
  photo: [{
    name: "320",
    width: 320,
    height: 320,
    fit: "cover",
    format: "webp"
  }, {
    name: "160",
    width: 160,
    height: 160,
    fit: "cover",
    format: "webp"
  }],
  qr: [{
    name: "480",
    width: 480,
    height: 480,
    fit: "inside",
    format: "png"
  }],
  logo: [{
    name: "256",
    width: 256,
    height: 256,
    fit: "inside",
    format: "png"
  }]
};

const uploadLifetimeSeconds = 24 * 3600;
const incomingKey = (countyId, uploadId) => `incoming/${countyId}/${uploadId}`;
async function recordUpload(purpose) {
  const actor = useActor();
  const uploadId = createId();
  await db.entities.upload.create({
    countyId: useCounty(),
    uploadId,
    purpose,
    actorId: actor.type === "user" ? actor.properties.userId : actor.type,
    expiresAt: Math.floor(Date.now() / 1e3) + uploadLifetimeSeconds
  }).go();
  return uploadId;
}
const beginUpload = fn(z.object({
  purpose: z.enum(uploadPurposes),
  contentType: z.enum(imageTypes, "Use a JPEG, PNG or WebP image"),
  size: z.number().int().min(1).max(maxImageBytes, "The image is larger than 5 MB")
}), async (input) => {
  assertRole("county_admin");
  const uploadId = await recordUpload(input.purpose);
  const target = await useStorage().uploadTarget(incomingKey(useCounty(), uploadId), {
    uploadId,
    contentType: input.contentType,
    size: input.size
  });
  return {
    uploadId,
    method: "PUT",
    ...target
  };
});

export { maxImageBytes as a, beginUpload as b, incomingKey as i, maxInputPixels as m, recordUpload as r, sniffImage as s, variantsOf as v };
