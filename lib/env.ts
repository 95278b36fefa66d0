// The environment, validated once: the only module that reads process.env.
import { z } from "zod";

// An empty variable means "not set", as in most shells' `VAR= npm start`.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const port = z.coerce.number().int().min(1).max(65535);
// 0 lets the system choose (tests run many servers side by side).
const anyPort = z.coerce.number().int().min(0).max(65535);

/** The web server's default heap limit (MB): measured by `npm run soak` (README, Reliability). */
export const WEB_HEAP_MB = 384;
/** How many requests the production server renders at once, and how many more may wait (scripts/serve.ts). */
export const WEB_CONCURRENCY = 4;
export const WEB_QUEUE = 1024;
/** Places (rendering or waiting) one client may hold at once; past them its requests get a 429 (lib/web/admission.ts). */
export const WEB_PER_CLIENT = 64;
/** How long a response may make no progress writing to a client that does not read before the socket is closed. */
export const WEB_WRITE_STALL_MS = 10_000;

const ipAddress = z.union([z.ipv4(), z.ipv6()]);
/** "10.0.0.1, 10.0.0.2": the addresses of proxies whose X-Forwarded-For is believed (lib/web/client-address.ts). */
const addressList = z
  .string()
  .transform((value) => value.split(",").map((item) => item.trim()).filter(Boolean))
  .refine((items) => items.every((item) => ipAddress.safeParse(item).success), { error: "must be IP addresses separated by commas, such as 10.0.0.1,10.0.0.2" });

/** An origin for absolute links ("https://readout.example"): http or https, with no path, query or fragment. */
const publicOrigin = z.string().transform((value, ctx) => {
  const problem = "must be an http:// or https:// URL with no path, such as https://readout.example";
  try {
    const url = new URL(value);
    if ((url.protocol === "http:" || url.protocol === "https:") && url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password) return url.origin;
  } catch {
    // Not a URL at all: reported below like any other bad value.
  }
  ctx.addIssue({ code: "custom", message: problem });
  return z.NEVER;
});

const schema = z.object({
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" })),
  PORT: optional(port).transform((value) => value ?? 3000),
  NODE_ENV: optional(z.enum(["development", "production", "test"])).transform((value) => value ?? "development"),
  /** Where the embedded Postgres keeps its data when DATABASE_URL is not set. */
  READOUT_DATA_DIR: optional(z.string()).transform((value) => value ?? ".data"),
  /** The port the embedded Postgres prefers; a free one is used when it is taken. */
  READOUT_PG_PORT: optional(anyPort).transform((value) => value ?? 54329),
  /** The web server's V8 heap limit in MB (the production server, scripts/serve.ts): without one, V8 lets a busy server's heap grow lazily. */
  READOUT_WEB_HEAP_MB: optional(z.coerce.number().int().min(128, "must be at least 128 (MB)")).transform((value) => value ?? WEB_HEAP_MB),
  /** Requests the production server renders at once; the others wait their turn (lib/web/admission.ts). */
  READOUT_WEB_CONCURRENCY: optional(z.coerce.number().int().min(1, "must be at least 1").max(256, "must be at most 256")).transform((value) => value ?? WEB_CONCURRENCY),
  /** Requests that may wait for a place; past that the server answers 503 at once. */
  READOUT_WEB_QUEUE: optional(z.coerce.number().int().min(0, "must be at least 0")).transform((value) => value ?? WEB_QUEUE),
  /** Places one client may hold in the queue at once (running or waiting); its requests past them get a 429. */
  READOUT_WEB_PER_CLIENT: optional(z.coerce.number().int().min(1, "must be at least 1")).transform((value) => value ?? WEB_PER_CLIENT),
  /** Milliseconds a response may stall on a client that does not read before its socket is closed and its place freed. */
  READOUT_WEB_WRITE_STALL_MS: optional(z.coerce.number().int().min(100, "must be at least 100 (ms)")).transform((value) => value ?? WEB_WRITE_STALL_MS),
  /** Proxies in front of the server whose X-Forwarded-For names the client; without them the header is ignored. */
  READOUT_TRUSTED_PROXIES: optional(addressList).transform((value) => value ?? []),
  /** The port the end-to-end tests serve the app on (playwright.config.ts); two checkouts testing at once need two. */
  // Set when queue workers (`npm run ingest:worker`) run: articles added from the browser are then queued for
  // them, like `npm run ingest -- --workers N`, instead of extracted in the web process.
  READOUT_INGEST_QUEUE: optional(z.enum(["0", "1"], { error: "must be 1 (queue workers run) or 0" })).transform((value) => value === "1"),
  READOUT_E2E_PORT: optional(port).transform((value) => value ?? 3100),
  /** Where readers reach Readout: canonical links, link previews and the links Readout prints use it, never the Host
   * header a request came with; edits must come from this origin. */
  READOUT_PUBLIC_URL: optional(publicOrigin),
  /** The Chromium `npm run bench:lighthouse` drives (Debian's by default). */
  CHROME_PATH: optional(z.string()).transform((value) => value ?? "/usr/bin/chromium"),
  CI: optional(z.string()).transform((value) => value !== undefined && value !== "0" && value !== "false"),
}).transform(({ READOUT_PUBLIC_URL, ...env }) => ({ ...env, READOUT_PUBLIC_URL: READOUT_PUBLIC_URL ?? `http://localhost:${env.PORT}` }));

export type Env = z.output<typeof schema>;

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment: ${problems.join("; ")}`);
}

let parsed: Env | undefined;

/** The environment, parsed on first use; scripts call this first thing so a bad value fails at startup. */
export function loadEnv(): Env {
  parsed ??= parseEnv(process.env);
  return parsed;
}

/** Reading any field parses the environment once; importing this module never throws. */
export const env: Env = new Proxy({} as Env, { get: (_target, key) => Reflect.get(loadEnv(), key) });

/** The URL the app's database client connects to; `npm start` sets it for the server it launches. */
export function requireDatabaseUrl(): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  throw new EnvError("DATABASE_URL is not set: start Readout with `npm start` (it provides a database), or set DATABASE_URL");
}

/** The environment for a child process: this one's, plus the given variables, with Next telemetry off. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}
