import { l as localStorage } from './storage.local_DG2QlFCJ.mjs';
import { S3Client, DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

function s3Storage(bucket) {
  const client = new S3Client({});
  return {
    direct: true,
    async uploadTarget(key, upload) {
      const command = new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        ContentType: upload.contentType,
        ContentLength: upload.size
      });
      const url = await getSignedUrl(client, command, {
        expiresIn: 600,
        signableHeaders: /* @__PURE__ */ new Set(["content-type", "content-length"])
      });
      return {
        url,
        headers: {
          "content-type": upload.contentType
        }
      };
    },
    async put(key, body, contentType, options) {
      await client.send(new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        CacheControl: options?.immutable ? "public, max-age=31536000, immutable" : void 0
      }));
    },
    async get(key, maxBytes) {
      try {
        const object = await client.send(new GetObjectCommand({
          Bucket: bucket,
          Key: key
        }));
        if ((object.ContentLength ?? 0) > maxBytes) {
          object.Body?.transformToWebStream().cancel();
          return "too_large";
        }
        return await object.Body.transformToByteArray();
      } catch (error) {
        if (error.name === "NoSuchKey") return void 0;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({
        Bucket: bucket,
        Key: key
      }));
    }
  };
}

let chosen;
function useStorage() {
  chosen ??= process.env.BUCKET_NAME ? s3Storage(process.env.BUCKET_NAME) : localStorage();
  return chosen;
}
function publicUrl(key) {
  if (!key.startsWith("media/")) throw new Error(`Not a public key: ${key}`);
  return `${(process.env.MEDIA_BASE_URL ?? "").replace(/\/+$/, "")}/${key}`;
}

export { publicUrl as p, useStorage as u };
