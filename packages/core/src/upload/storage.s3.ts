import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { Storage } from "./storage";

/**
 * Storage in the S3 bucket named by `BUCKET_NAME`. Browsers upload with presigned PUTs (10 minutes,
 * content type and length signed). The bucket's CORS rule, the lifecycle rules expiring `incoming/`
 * and `imports/`, and CloudFront serving `media/*` are in `stacks/Storage.ts` and `stacks/Web.ts`.
 */
export function s3Storage(bucket: string): Storage {
  const client = new S3Client({});
  return {
    direct: true,
    async uploadTarget(key, upload) {
      const command = new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: upload.contentType, ContentLength: upload.size });
      const url = await getSignedUrl(client, command, { expiresIn: 600, signableHeaders: new Set(["content-type", "content-length"]) });
      return { url, headers: { "content-type": upload.contentType } };
    },
    async put(key, body, contentType, options) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
          CacheControl: options?.immutable ? "public, max-age=31536000, immutable" : undefined,
        }),
      );
    },
    async get(key, maxBytes) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if ((object.ContentLength ?? 0) > maxBytes) {
          object.Body?.transformToWebStream().cancel();
          return "too_large";
        }
        return await object.Body!.transformToByteArray();
      } catch (error) {
        if ((error as { name?: string }).name === "NoSuchKey") return undefined;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
