// Load on one address with autocannon (connections kept busy for a duration), with the latency of every
// response recorded so any percentile can be read, and errors and non-2xx answers counted.
import autocannon from "autocannon/autocannon.js";
import { percentile, round } from "./results";

export type LoadResult = { url: string; requests: number; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

export async function load(url: string, options: { connections: number; seconds: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  const instance = autocannon({ url, connections: options.connections, duration: options.seconds, timeout: 30 });
  instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (status < 200 || status >= 300) non2xx++;
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
