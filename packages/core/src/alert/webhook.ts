import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * The health department's webhook: a JSON body with only what screening needs (no name, document
 * or phone), signed with HMAC-SHA256 over `<timestamp>.<body>`.
 * Headers: `X-Cunjing-Timestamp` (Unix seconds), `X-Cunjing-Signature` (`sha256=<hex>`),
 * `X-Cunjing-Delivery` (the alert id: a receiver keeps it to ignore a repeated delivery).
 * The signing key is per county and generation, derived from `CUNJING_WEBHOOK_SIGNING_KEY` (a secret
 * in production), so it is never stored. After a rotation the header carries two signatures,
 * `sha256=<new>,sha256=<previous>`, until the overlap ends; then only the new one.
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

/** The county's signing key of one generation, as given to its health department (generation 1 predates rotation). */
export function countySigningKey(countyId: string, generation = 1): string {
  const label = generation === 1 ? `webhook:${countyId}` : `webhook:${countyId}:${generation}`;
  return createHmac("sha256", masterKey()).update(label).digest("base64url");
}

export function sign(key: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", key).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Several keys' signatures in one header, the newest first. */
export function signAll(keys: string[], timestamp: number, body: string): string {
  return keys.map((key) => sign(key, timestamp, body)).join(",");
}

/**
 * For receivers (and tests): one of the header's signatures matches the key, and the timestamp is
 * within five minutes.
 */
export function verify(key: string, headers: { timestamp: string; signature: string }, body: string, now = Date.now()) {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > 300) return false;
  const expected = Buffer.from(sign(key, timestamp, body));
  return headers.signature.split(",").some((signature) => {
    const given = Buffer.from(signature.trim());
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/**
 * The health department's check across a rotation: it holds the new key and, until the overlap end
 * the console showed, the previous one. A signature with the previous key is refused after that end.
 */
export function verifyRotating(
  keys: Array<{ key: string; validUntil?: number }>,
  headers: { timestamp: string; signature: string },
  body: string,
  now = Date.now(),
) {
  return keys.some(
    ({ key, validUntil }) => (validUntil === undefined || now < validUntil) && verify(key, headers, body, now),
  );
}

export type WebhookOutcome = { ok: true } | { ok: false; error: string };

/** One POST; a non-2xx answer, a timeout or a network failure is a failed attempt. */
export async function post(
  url: string,
  key: string | string[],
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
        [signatureHeader]: signAll(typeof key === "string" ? [key] : key, timestamp, body),
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
