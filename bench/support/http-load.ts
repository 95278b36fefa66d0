// Load on one address with autocannon (connections kept busy for a duration), with the latency of every
// response recorded so any percentile can be read, and errors and unexpected answers (by default, non-2xx) counted.
import autocannon from "autocannon/autocannon.js";
import { percentile, round } from "./results";

export type LoadResult = { url: string; requests: number; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

export type LoadOptions = { connections: number; seconds: number; headers?: Record<string, string>; expectedStatus?: number };

export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  const unexpected = (status: number) => (options.expectedStatus === undefined ? status < 200 || status >= 300 : status !== options.expectedStatus);
  const instance = autocannon({ url, connections: options.connections, duration: options.seconds, timeout: 30, headers: options.headers });
  instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (unexpected(status)) non2xx++;
  });
  const result = await instance;
  return {
    url,
    requests: latencies.length,
    rps: round(latencies.length / options.seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts,
    non2xx,
  };
}
