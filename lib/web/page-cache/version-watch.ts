// How a web server knows the record version without asking the database on every request: one connection
// LISTENs on "record_version", which a trigger notifies in the committing transaction of every change
// (prisma/migrations/20261207163000_record_version_notify). Why and what it guarantees:
// docs/decisions/012-whole-page-cache.md.
//
// The window between a writer's COMMIT and the notification reaching this process is closed by a sync: a
// version is trusted for a request only after an empty query sent after the request arrived has come back on
// the same connection. PostgreSQL signals listening sessions before it answers the writer's COMMIT and sends a
// session's pending notifications before it answers that session's next query, so any commit that finished
// before the request arrived is known by then. Syncs are shared: one is in flight at a time, and every request
// that arrived while it was sent waits for the next one.
import pg from "pg";

export const CHANNEL = "record_version";
const RECONNECT_MS = 1_000;
const CONNECT_TIMEOUT_MS = 3_000;

/**
 * live: connected and listening; the version is current after a sync.
 * connecting: just started or just lost the connection; nothing is known, so nothing is served from a cache.
 * unreachable: the last attempt to connect failed because PostgreSQL is not there (stopped, starting, shutting
 * down): no commit can happen on it, so the last version seen is still the newest anyone can read.
 */
export type WatchState = { kind: "live"; version: string } | { kind: "connecting" } | { kind: "unreachable"; version: string | null };

/** Failures that mean PostgreSQL is not there to commit anything; any other (too many clients, a refused login) does not. */
// A timeout is not among them: a database too loaded to answer in time may still be committing.
const DOWN_CODES = new Set(["ECONNREFUSED", "ENOENT", "ECONNRESET", "EHOSTUNREACH", "57P01", "57P02", "57P03"]);
const isDown = (error: unknown) => error instanceof Error && (DOWN_CODES.has(String((error as Error & { code?: unknown }).code)) || /Connection terminated unexpectedly/.test(error.message));

export class VersionWatch {
  #state: WatchState = { kind: "connecting" };
  #client: pg.Client | null = null;
  #sync: Promise<void> | null = null;
  #nextSync: Promise<void> | null = null;
  #stopped = false;
  #lastVersion: string | null = null;
  readonly #listeners = new Set<(version: string) => void>();

  constructor(
    private readonly connectionString: string,
    private readonly say: (line: string) => void = () => undefined,
  ) {}

  get state(): WatchState {
    return this.#state;
  }

  /**
   * Called with each new version (a commit, or a change found on reconnecting). The version first learned on
   * starting is not a change: nothing was kept before it.
   */
  onChange(listener: (version: string) => void): void {
    this.#listeners.add(listener);
  }

  start(): void {
    void this.#connect();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#client?.end().catch(() => undefined);
  }

  /**
   * The version every commit finished before this call has reached, or null when it cannot be known without the
   * database (the connection is being made again): then nothing may be served from a cache.
   */
  async current(): Promise<string | null> {
    if (this.#state.kind === "unreachable") return this.#state.version;
    if (this.#state.kind !== "live") return null;
    const client = this.#client;
    try {
      await this.#syncAfterNow();
    } catch {
      return null;
    }
    // The sync may have delivered a notification, or the connection may have gone meanwhile.
    const state = this.#state as WatchState;
    return state.kind === "live" && this.#client === client ? state.version : null;
  }

  #syncAfterNow(): Promise<void> {
    if (!this.#sync) {
      this.#sync = this.#ping().finally(() => (this.#sync = null));
      return this.#sync;
    }
    // One is in flight, sent before this request arrived: wait for the one after it.
    this.#nextSync ??= this.#sync
      .catch(() => undefined)
      .then(() => {
        this.#nextSync = null;
        return this.#syncAfterNow();
      });
    return this.#nextSync;
  }

  async #ping(): Promise<void> {
    const client = this.#client;
    if (!client) throw new Error("not connected");
    await client.query("");
  }

  #changed(version: string): void {
    if (version === this.#lastVersion) return;
    const first = this.#lastVersion === null;
    this.#lastVersion = version;
    if (first) return;
    for (const listener of this.#listeners) listener(version);
  }

  async #connect(): Promise<void> {
    if (this.#stopped) return;
    const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: "readout web: record version" });
    let lost = false;
    const lose = (why: string) => {
      if (lost) return;
      lost = true;
      const wasLive = this.#client === client;
      if (wasLive) this.#client = null;
      if (wasLive) this.say(`record version: lost the listening connection (${why}); pages are rendered until it is back`);
      if (this.#state.kind !== "unreachable") this.#state = { kind: "connecting" };
      client.end().catch(() => undefined);
      if (!this.#stopped) setTimeout(() => void this.#connect(), wasLive ? 0 : RECONNECT_MS).unref();
    };
    client.on("error", (error) => lose(error.message));
    client.on("end", () => lose("closed"));
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || this.#client !== client) return;
      const version = message.payload ?? "empty";
      this.#state = { kind: "live", version };
      this.#changed(version);
    });
    try {
      await client.connect();
      // Listen first, then read: a commit between the two is then seen by both, never by neither.
      await client.query(`LISTEN ${CHANNEL}`);
      const { rows } = await client.query<{ key: string }>(
        `SELECT "version" || '@' || floor(extract(epoch FROM "changed_at") * 1000)::bigint AS key FROM "record_version" WHERE "id" = 1`,
      );
      if (lost) return;
      const version = rows[0]?.key ?? "empty";
      const was = this.#state.kind;
      this.#client = client;
      this.#state = { kind: "live", version };
      if (was === "unreachable") this.say("record version: listening again");
      this.#changed(version);
    } catch (error) {
      if (this.#state.kind !== "unreachable" && isDown(error)) this.say(`record version: the database is not answering (${error instanceof Error ? error.message : String(error)}); cached pages are served as they were`);
      this.#state = isDown(error) ? { kind: "unreachable", version: this.#lastVersion } : { kind: "connecting" };
      lose(error instanceof Error ? error.message : String(error));
    }
  }
}
