import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, WEB_CONCURRENCY, WEB_HEAP_MB, WEB_QUEUE } from "./env";

describe("parseEnv", () => {
  it("applies defaults and treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" })).toMatchObject({ DATABASE_URL: undefined, PORT: 3000, READOUT_DATA_DIR: ".data", READOUT_PG_PORT: 54329, READOUT_WEB_HEAP_MB: WEB_HEAP_MB, READOUT_WEB_CONCURRENCY: WEB_CONCURRENCY, READOUT_WEB_QUEUE: WEB_QUEUE, CI: false });
    expect(parseEnv({ PORT: "3100", CI: "true", READOUT_PG_PORT: "0" })).toMatchObject({ PORT: 3100, CI: true, READOUT_PG_PORT: 0 });
  });

  it("takes the public address as an origin, by default localhost on PORT, and refuses anything else", () => {
    expect(parseEnv({}).READOUT_PUBLIC_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "4000" }).READOUT_PUBLIC_URL).toBe("http://localhost:4000");
    expect(parseEnv({ READOUT_PUBLIC_URL: "https://readout.example/" }).READOUT_PUBLIC_URL).toBe("https://readout.example");
    expect(parseEnv({ READOUT_PUBLIC_URL: "https://Readout.Example:8443" }).READOUT_PUBLIC_URL).toBe("https://readout.example:8443");
    for (const bad of ["readout.example", "ftp://readout.example", "https://readout.example/news", "https://readout.example/?a=1", "javascript:alert(1)", "https://user:pw@readout.example"]) {
      expect(() => parseEnv({ READOUT_PUBLIC_URL: bad }), bad).toThrow(/READOUT_PUBLIC_URL: must be an http:\/\/ or https:\/\/ URL with no path/);
    }
  });

  it("names every bad variable in one readable message", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", PORT: "70000" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", PORT: "70000" })).toThrow(
      /^Invalid environment: DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL; PORT: .+$/,
    );
    expect(() => parseEnv({ READOUT_WEB_HEAP_MB: "64" })).toThrow(/READOUT_WEB_HEAP_MB: must be at least 128 \(MB\)/);
    expect(parseEnv({ READOUT_WEB_HEAP_MB: "1024" }).READOUT_WEB_HEAP_MB).toBe(1024);
    expect(() => parseEnv({ READOUT_WEB_CONCURRENCY: "0" })).toThrow(/READOUT_WEB_CONCURRENCY: must be at least 1/);
    expect(() => parseEnv({ READOUT_WEB_QUEUE: "many" })).toThrow(/READOUT_WEB_QUEUE/);
    expect(parseEnv({ READOUT_WEB_CONCURRENCY: "8", READOUT_WEB_QUEUE: "0" })).toMatchObject({ READOUT_WEB_CONCURRENCY: 8, READOUT_WEB_QUEUE: 0 });
  });
  it("reads the trusted proxies as a list of addresses, and refuses anything else", () => {
    expect(parseEnv({}).READOUT_TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ READOUT_TRUSTED_PROXIES: "10.0.0.1, ::1" }).READOUT_TRUSTED_PROXIES).toEqual(["10.0.0.1", "::1"]);
    expect(() => parseEnv({ READOUT_TRUSTED_PROXIES: "10.0.0.1,proxy.local" })).toThrow(/READOUT_TRUSTED_PROXIES: must be IP addresses separated by commas/);
    expect(() => parseEnv({ READOUT_WEB_PER_CLIENT: "0" })).toThrow(/READOUT_WEB_PER_CLIENT: must be at least 1/);
    expect(() => parseEnv({ READOUT_WEB_WRITE_STALL_MS: "5" })).toThrow(/READOUT_WEB_WRITE_STALL_MS: must be at least 100/);
  });

  it("takes the public origin from READOUT_PUBLIC_URL, or localhost on PORT", () => {
    expect(parseEnv({ PORT: "4107" }).READOUT_PUBLIC_URL).toBe("http://localhost:4107");
    // Readout is served at the root of its origin: an address with a path would give links that lead nowhere.
    expect(() => parseEnv({ READOUT_PUBLIC_URL: "https://readout.example/some/path" })).toThrow(/READOUT_PUBLIC_URL: must be an http:\/\/ or https:\/\/ URL with no path/);
    expect(() => parseEnv({ READOUT_PUBLIC_URL: "ftp://readout.example" })).toThrow(/READOUT_PUBLIC_URL: must be an http:\/\/ or https:\/\/ URL/);
    expect(() => parseEnv({ READOUT_PUBLIC_URL: "not a url" })).toThrow(/READOUT_PUBLIC_URL/);
  });
});

