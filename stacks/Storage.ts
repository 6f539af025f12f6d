import { Duration } from "aws-cdk-lib";
import { OriginAccessIdentity } from "aws-cdk-lib/aws-cloudfront";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { BlockPublicAccess, BucketEncryption, HttpMethods, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { Bucket, type StackContext } from "sst/constructs";
import { siteDomainFor } from "./stage";

/** S3 actions the upload code (core/upload/storage.s3.ts) uses: presigned and direct put, get, delete. */
export const BUCKET_OBJECT_ACTIONS = ["s3:PutObject", "s3:GetObject", "s3:DeleteObject"] as const;

/** Published images (officer photos, QR codes, logos): the only prefix CloudFront may read. */
export const MEDIA_PREFIX = "media/";

/** Prefixes of objects that are only waypoints: abandoned uploads and CSV imports expire. */
export const EXPIRING_PREFIXES = ["incoming/", "imports/"] as const;

/**
 * Origins allowed to PUT to presigned URLs: the stage's custom domain when configured, else any
 * CloudFront domain (the site's own is not known here without a Storage ↔ Web cycle). The URL's
 * signature, not CORS, is what authorises an upload; CORS only lets the browser send it.
 */
export function uploadOrigins(stage: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const domain = siteDomainFor(stage, env);
  return domain ? [`https://${domain}`] : ["https://*.cloudfront.net"];
}

export function Storage({ stack, app }: StackContext) {
  const bucket = new Bucket(stack, "uploads", {
    cors: [
      {
        allowedMethods: [HttpMethods.PUT],
        allowedOrigins: uploadOrigins(app.stage),
        allowedHeaders: ["content-type", "content-length"],
        maxAge: "1 hour",
      },
    ],
    cdk: {
      bucket: {
        // Private: nothing public, no ACLs. Media reach readers through the site (`/media/*`).
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
        encryption: BucketEncryption.S3_MANAGED,
        enforceSSL: true,
        lifecycleRules: [
          { id: "abort-incomplete-multipart", abortIncompleteMultipartUploadAfter: Duration.days(1) },
          ...EXPIRING_PREFIXES.map((prefix) => ({
            id: `expire-${prefix.replace(/\/$/, "")}`,
            prefix,
            expiration: Duration.days(2),
          })),
        ],
      },
    },
  });

  // CloudFront reads published media, and only those, with this identity (Web adds the `/media/*`
  // behaviour). It lives here so the bucket policy does not depend on the Web stack.
  const mediaReader = new OriginAccessIdentity(stack, "MediaReader", {
    comment: `Cunjing ${stack.stage}: CloudFront reads ${MEDIA_PREFIX}*`,
  });
  bucket.cdk.bucket.addToResourcePolicy(
    new PolicyStatement({
      actions: ["s3:GetObject"],
      resources: [bucket.cdk.bucket.arnForObjects(`${MEDIA_PREFIX}*`)],
      principals: [mediaReader.grantPrincipal],
    }),
  );

  stack.addOutputs({ BucketName: bucket.bucketName });
  return { bucket, mediaReader };
}
