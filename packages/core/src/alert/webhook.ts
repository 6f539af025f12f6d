import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * The health department's webhook: a JSON body with only what screening needs (no name, document
 * or phone), signed with HMAC-SHA256 over `<timestamp>.<body>`.
 * Headers: `X-Cunjing-Timestamp` (Unix seconds), `X-Cunjing-Signature` (`sha256=<hex>`),
 * `X-Cunjing-Delivery` (the alert id: a receiver keeps it to ignore a repeated delivery).
 * The signing key is per county, derived from `CUNJING_WEBHOOK_SIGNING_KEY` (a secret in production).
 */
export const signatureHeader = "x-cunjing-signature";
export const timestampHeader = "x-cunjing-timestamp";
export const deliveryHeader = "x-cunjing-delivery";

function masterKey(): string {
  const configured = process.env.CUNJING_WEBHOOK_SIGNING_KEY;
  if (configured) return configured;
  if (process.env.NODE_ENV === "production" && !process.env.DYNAMODB_ENDPOINT) {
    throw new Error("CUNJING_WEBHOOK_SIGNING_KEY is not set");
  }
  return createHash("sha256").update("cunjing-local-webhook-key").digest("hex");
}

/** The county's signing key, as given to its health department. */
export function countySigningKey(countyId: string): string {
  return createHmac("sha256", masterKey()).update(`webhook:${countyId}`).digest("base64url");
}

export function sign(key: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", key).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** For receivers (and tests): a signature that matches and a timestamp within five minutes. */
export function verify(key: string, headers: { timestamp: string; signature: string }, body: string, now = Date.now()) {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > 300) return false;
  const expected = Buffer.from(sign(key, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export type WebhookOutcome = { ok: true } | { ok: false; error: string };

/** One POST; a non-2xx answer, a timeout or a network failure is a failed attempt. */
export async function post(
  url: string,
  key: string,
  payload: unknown,
  deliveryId: string,
  timeoutMs: number,
): Promise<WebhookOutcome> {
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [timestampHeader]: String(timestamp),
        [signatureHeader]: sign(key, timestamp, body),
        [deliveryHeader]: deliveryId,
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "manual",
    });
    await response.arrayBuffer().catch(() => undefined);
    return response.ok ? { ok: true } : { ok: false, error: `status ${response.status}` };
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, error: name === "TimeoutError" || name === "AbortError" ? "timeout" : "network" };
  }
}
