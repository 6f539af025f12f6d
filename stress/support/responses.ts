import { expect } from "vitest";

/** What every answer to hostile input must look like: no 5xx, no internals. */
export function expectNoServerError(status: number, body: string, what: string): void {
  expect(status, `${what} answered ${status}: ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(body, `${what} leaked a stack trace`).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
}

export interface TrpcError {
  message: string;
  data: { code: string; httpStatus: number; errorCode?: string; fieldErrors?: Record<string, string[]> };
}

/** A tRPC rejection: a 4xx in a JSON error; invalid input (400 BAD_REQUEST) carries field errors. */
export function expectTrpcRejection(status: number, body: string, what: string): TrpcError | undefined {
  expectNoServerError(status, body, what);
  if (status < 400) return undefined;
  const parsed = JSON.parse(body) as { error?: TrpcError } | Array<{ error?: TrpcError }>;
  const error = Array.isArray(parsed) ? parsed.find((item) => item.error)?.error : parsed.error;
  expect(error, `${what}: a ${status} without a tRPC error body`).toBeDefined();
  expect(error!.data.httpStatus).toBe(status);
  if (error!.data.code === "BAD_REQUEST") {
    const fieldErrors = error!.data.fieldErrors;
    expect(fieldErrors, `${what}: a 400 without field errors`).toBeDefined();
    expect(Object.keys(fieldErrors!).length).toBeGreaterThan(0);
    for (const messages of Object.values(fieldErrors!))
      expect(messages.every((message) => typeof message === "string")).toBe(true);
  }
  return error;
}
