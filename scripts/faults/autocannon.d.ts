// The part of autocannon 8's API (it ships no types) that `npm run soak` uses.
declare module "autocannon" {
  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p99: number; total: number };
  export type AutocannonRequest = { method?: string; path: string; headers?: Record<string, string> };
  export type AutocannonOptions = { url: string; connections?: number; duration?: number; timeout?: number; requests?: AutocannonRequest[] };
  export type AutocannonResult = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    "1xx": number;
    "2xx": number;
    "3xx": number;
    "4xx": number;
    "5xx": number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Histogram;
    requests: Histogram & { sent: number };
    throughput: Histogram;
  };
  export default function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
}
