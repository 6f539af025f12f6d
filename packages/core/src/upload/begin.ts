import * as z from "zod";
import { useScope, type Access } from "../access";
import { useActor, useCounty } from "../actor";
import { db } from "../db/service";
import { ForbiddenError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { imageTypes, maxImageBytes } from "./image";
import { useStorage } from "./storage";
import { uploadPurposes } from "./upload.entity";

const uploadLifetimeSeconds = 24 * 3600;

/**
 * Who uploads images: whoever may draft a story or brand uploads its cover, and reaches only the
 * uploads they began; the county's other images (photos, QR codes, logos) are the county admin's.
 */
export const uploaders: Access = { county_admin: "county", precinct_supervisor: "own", officer: "own" };

/** Refuses a purpose beyond the caller's scope: only county-wide callers upload more than covers. */
export function assertMayUpload(purpose: (typeof uploadPurposes)[number]) {
  const scope = useScope();
  if (purpose !== "cover" && scope !== "county" && scope !== "system") throw new ForbiddenError();
}

/** Whether the caller reaches an upload: county-wide callers all of the county's, others those they began. */
export function reachesUpload(upload: { actorId: string }): boolean {
  const scope = useScope();
  if (scope === "county" || scope === "system") return true;
  const actor = useActor();
  return actor.type === "user" && upload.actorId === actor.properties.userId;
}

export const incomingKey = (countyId: string, uploadId: string) => `incoming/${countyId}/${uploadId}`;

/** Records a new upload of the county; it expires (TTL) if never completed. */
export async function recordUpload(purpose: (typeof uploadPurposes)[number]) {
  const actor = useActor();
  const uploadId = createId();
  await db.entities.upload
    .create({
      countyId: useCounty(),
      uploadId,
      purpose,
      actorId: actor.type === "user" ? actor.properties.userId : actor.type,
      expiresAt: Math.floor(Date.now() / 1000) + uploadLifetimeSeconds,
    })
    .go();
  return uploadId;
}

/**
 * Hands out where the browser puts an image's bytes (a presigned PUT, or the console locally). It
 * lives apart from `Upload.complete` so the API can offer it without loading the image code.
 */
export const beginUpload = fn(
  uploaders,
  z.object({
    purpose: z.enum(uploadPurposes),
    contentType: z.enum(imageTypes, "Use a JPEG, PNG or WebP image"),
    size: z.number().int().min(1).max(maxImageBytes, "The image is larger than 5 MB"),
  }),
  async (input) => {
    assertMayUpload(input.purpose);
    const uploadId = await recordUpload(input.purpose);
    const target = await useStorage().uploadTarget(incomingKey(useCounty(), uploadId), {
      uploadId,
      contentType: input.contentType,
      size: input.size,
    });
    return { uploadId, method: "PUT" as const, ...target };
  },
);
