import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Wraps and unwraps a county's 32-byte data key. */
export interface KeyWrapper {
  readonly kind: "kms" | "local";
  /** A fresh data key and its wrapped form, bound to the county. */
  generate(countyId: string): Promise<{ plaintext: Buffer; wrapped: string }>;
  unwrap(countyId: string, wrapped: string): Promise<Buffer>;
}

const context = (countyId: string) => ({ purpose: "cunjing-pii", countyId });

/**
 * Production: KMS data keys under the `Keys` stack's PII key (`PII_KEY_ARN`), with the county in the
 * encryption context so a wrapped key of one county cannot be unwrapped as another's.
 */
function kmsWrapper(keyId: string): KeyWrapper {
  const client = import("@aws-sdk/client-kms").then((kms) => ({ kms, client: new kms.KMSClient({}) }));
  return {
    kind: "kms",
    async generate(countyId) {
      const { kms, client: kmsClient } = await client;
      const out = await kmsClient.send(
        new kms.GenerateDataKeyCommand({ KeyId: keyId, KeySpec: "AES_256", EncryptionContext: context(countyId) }),
      );
      if (!out.Plaintext || !out.CiphertextBlob) throw new Error("KMS returned no data key");
      return { plaintext: Buffer.from(out.Plaintext), wrapped: Buffer.from(out.CiphertextBlob).toString("base64") };
    },
    async unwrap(countyId, wrapped) {
      const { kms, client: kmsClient } = await client;
      const out = await kmsClient.send(
        new kms.DecryptCommand({
          KeyId: keyId,
          CiphertextBlob: Buffer.from(wrapped, "base64"),
          EncryptionContext: context(countyId),
        }),
      );
      if (!out.Plaintext) throw new Error("KMS returned no plaintext key");
      return Buffer.from(out.Plaintext);
    },
  };
}

/**
 * Locally: a 32-byte master key in a file (`CUNJING_PII_KEY_FILE`, default `.data/pii-master.key`
 * under the working directory), created on first use with mode 0600. Data keys are wrapped with
 * AES-256-GCM under it, the county as associated data.
 */
export function localKeyFile(): string {
  return resolve(process.env.CUNJING_PII_KEY_FILE ?? ".data/pii-master.key");
}

function localMasterKey(): Buffer {
  const file = localKeyFile();
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  if (key.length !== 32) throw new Error(`The PII key file ${file} does not hold a 32-byte key`);
  return key;
}

function localWrapper(): KeyWrapper {
  let master: Buffer | undefined;
  const key = () => (master ??= localMasterKey());
  return {
    kind: "local",
    async generate(countyId) {
      const plaintext = randomBytes(32);
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key(), iv).setAAD(Buffer.from(`pii-key:${countyId}`));
      const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return { plaintext, wrapped: Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64") };
    },
    async unwrap(countyId, wrapped) {
      const raw = Buffer.from(wrapped, "base64");
      const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12))
        .setAAD(Buffer.from(`pii-key:${countyId}`))
        .setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
    },
  };
}

let current: KeyWrapper | undefined;

/** KMS when `PII_KEY_ARN` is set (production), the local key file otherwise. */
export function keyWrapper(): KeyWrapper {
  if (current) return current;
  const arn = process.env.PII_KEY_ARN;
  if (!arn && process.env.NODE_ENV === "production" && !process.env.DYNAMODB_ENDPOINT) {
    throw new Error("PII_KEY_ARN is not set");
  }
  current = arn ? kmsWrapper(arn) : localWrapper();
  return current;
}
