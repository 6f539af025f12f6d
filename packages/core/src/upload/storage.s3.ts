import type { S3Client } from "@aws-sdk/client-s3";
import type { Storage } from "./storage";

type S3 = {
  sdk: typeof import("@aws-sdk/client-s3");
  getSignedUrl: (typeof import("@aws-sdk/s3-request-presigner"))["getSignedUrl"];
  client: S3Client;
};
let loaded: Promise<S3> | undefined;

/** The S3 SDK is loaded on the first upload or file read, so it stays out of the API's cold start. */
function s3(): Promise<S3> {
  loaded ??= Promise.all([import("@aws-sdk/client-s3"), import("@aws-sdk/s3-request-presigner")]).then(
    ([sdk, presigner]) => ({ sdk, getSignedUrl: presigner.getSignedUrl, client: new sdk.S3Client({}) }),
  );
  return loaded;
}

/**
 * Storage in the S3 bucket named by `BUCKET_NAME`. Browsers upload with presigned PUTs (10 minutes,
 * content type and length signed). The bucket's CORS rule, the lifecycle rules expiring `incoming/`
 * and `imports/`, and CloudFront serving `media/*` are in `stacks/Storage.ts` and `stacks/Web.ts`.
 */
export function s3Storage(bucket: string): Storage {
  return {
    direct: true,
    async uploadTarget(key, upload) {
      const { sdk, getSignedUrl, client } = await s3();
      const command = new sdk.PutObjectCommand({
        Bucket: bucket,
        Key: key,
        ContentType: upload.contentType,
        ContentLength: upload.size,
      });
      const url = await getSignedUrl(client, command, {
        expiresIn: 600,
        signableHeaders: new Set(["content-type", "content-length"]),
      });
      return { url, headers: { "content-type": upload.contentType } };
    },
    async put(key, body, contentType, options) {
      const { sdk, client } = await s3();
      await client.send(
        new sdk.PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
          CacheControl: options?.immutable ? "public, max-age=31536000, immutable" : undefined,
        }),
      );
    },
    async get(key, maxBytes) {
      const { sdk, client } = await s3();
      try {
        const object = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key }));
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
      const { sdk, client } = await s3();
      await client.send(new sdk.DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
