import autocannon from "autocannon";

export interface LoadResult {
  url: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and non-2xx answers, together and apart. */
  errors: number;
  breakdown: string;
  total: number;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
}

/** Loads one loopback URL with autocannon for a bounded time. */
export async function loadUrl(
  url: string,
  { connections, durationSeconds, headers }: LoadOptions,
): Promise<LoadResult> {
  const { hostname } = new URL(url);
  if (hostname !== "127.0.0.1" && hostname !== "localhost" && hostname !== "[::1]") {
    throw new Error(`Load runs only against loopback addresses, not ${hostname}`);
  }
  const result = await autocannon({ url, connections, duration: durationSeconds, timeout: 10, headers });
  return {
    url,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // autocannon counts timeouts among its errors.
    errors: result.errors + result.non2xx,
    breakdown: `${result.non2xx} non-2xx, ${result.timeouts} timeouts, ${result.errors - result.timeouts} connection errors`,
    total: result.requests.total,
  };
}
