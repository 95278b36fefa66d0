// How every script starts the production web server (scripts/serve.ts): `npm start`, the fault and security
// tests, the soak and the benchmarks run the same server with the same heap limit, so what they measure is
// what readers get.
import path from "node:path";
import { loadEnv } from "@/lib/env";

const SERVE = path.resolve(import.meta.dirname, "..", "serve.ts");

/** Node's arguments for the production server on `port` (0: any free one), with npm start's heap limit. */
export function productionServerArgs(options: { port: number; hostname?: string; heapMegabytes?: number }): string[] {
  const heap = options.heapMegabytes ?? loadEnv().READOUT_WEB_HEAP_MB;
  return [`--max-old-space-size=${heap}`, "--import", "tsx", SERVE, "--port", String(options.port), ...(options.hostname ? ["--hostname", options.hostname] : [])];
}
