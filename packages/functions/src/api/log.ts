/** Faults are logged in full on the server; the caller only sees "Internal error". */
export function logError({
  error,
  path,
}: {
  error: { code: string; cause?: unknown; message: string };
  path?: string;
}) {
  if (error.code === "INTERNAL_SERVER_ERROR") {
    console.error(JSON.stringify({ level: "error", path, message: error.message, cause: String(error.cause ?? "") }));
    if (error.cause instanceof Error && error.cause.stack) console.error(error.cause.stack);
  }
}
