// The HTTP surface of the production build, with the seeds and a hostile article ingested: security headers
// on every kind of response, a fresh nonce on every script, hostile parameters on every route answered
// 400/404 (never 5xx or a stack trace), SQL injection strings that change nothing, markup from articles sent
// as text, and no secret in what the browser downloads.
import fs from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runIngest } from "@/scripts/faults/ingest-runs";
import { ensureProductionBuild, ROOT, startProductionServer, type ProductionServer } from "@/scripts/faults/production-server";
import { FIXTURES } from "../fixtures/bad-input/large-inputs";
import { createDatabaseFromTemplate, rowCounts, withClient } from "./support/database";
import { TEMPLATE_DATABASE, withDatabaseName } from "./support/database-names";
import { REPO } from "./support/run-script";
import { SERVER_SETUP_MS } from "./support/server-setup";

// Its own database: the worker's is emptied before every test, and this server reads one record throughout.
const databaseName = `readout_security_${process.env.VITEST_POOL_ID ?? "1"}`;
const url = withDatabaseName(inject("adminDatabaseUrl"), databaseName);
let server: ProductionServer;
let ids: { meeting: string; person: string; article: string; quote: number; hostileArticle: string };

const dropDatabase = () => withClient(inject("adminDatabaseUrl"), (admin) => admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));

beforeAll(async () => {
  await dropDatabase();
  await createDatabaseFromTemplate(databaseName, TEMPLATE_DATABASE);
  for (const dir of [path.join(REPO, "data", "articles"), path.join(FIXTURES, "hostile")]) {
    const ingest = await runIngest(url, [dir], 60_000);
    expect(ingest.code, ingest.stderr).toBe(0);
  }
  await ensureProductionBuild();
  server = await startProductionServer(url);
  ids = await withClient(url, async (client) => {
    const one = async (sql: string) => String(Object.values((await client.query(sql)).rows[0] ?? {})[0] ?? "");
    return {
      meeting: await one("SELECT slug FROM meeting ORDER BY id LIMIT 1"),
      person: await one("SELECT slug FROM actor ORDER BY id LIMIT 1"),
      article: await one("SELECT slug FROM article WHERE file_name <> 'hostile-article.txt' ORDER BY id LIMIT 1"),
      quote: Number(await one("SELECT id FROM statement ORDER BY id LIMIT 1")),
      hostileArticle: await one("SELECT slug FROM article WHERE file_name = 'hostile-article.txt'"),
    };
  });
}, SERVER_SETUP_MS);

afterAll(async () => {
  await server?.stop();
  await dropDatabase();
});

type Answer = { status: number; headers: Headers; body: string };

async function get(route: string): Promise<Answer> {
  const response = await fetch(`${server.origin}${route}`, { redirect: "manual" });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

const LONG = "x".repeat(10_000);
const STACK = /\bat [\w.<>]+ \(|node_modules|\.next\/server|Prisma|PostgreSQL|syntax error|TypeError|ReferenceError/;

describe("security headers", () => {
  it("sends a nonce CSP with no external origin on pages and the API, and the fixed headers on every response", async () => {
    const chunk = (await get("/")).body.match(/\/_next\/static\/[^"']+\.js/)?.[0];
    expect(chunk, "the home page loads a script chunk").toBeTruthy();
    for (const route of ["/", "/timeline", `/meetings/${ids.meeting}`, "/api/quotes", "/no/such/page", "/api/meetings/1999-01-01-nobody", "/icon.svg", chunk ?? ""]) {
      const { headers, status } = await get(route);
      expect(status, route).toBeLessThan(500);
      expect(headers.get("x-content-type-options"), route).toBe("nosniff");
      expect(headers.get("referrer-policy"), route).toBe("strict-origin-when-cross-origin");
      expect(headers.get("x-frame-options"), route).toBe("DENY");
      expect(headers.get("x-powered-by"), route).toBeNull();
      if (route === "/icon.svg" || route === chunk) continue;
      const policy = headers.get("content-security-policy") ?? "";
      const directives = new Map(policy.split(";").map((directive) => directive.trim().split(/\s+/)).map(([name = "", ...values]) => [name, values]));
      expect(directives.get("default-src"), route).toEqual(["'self'"]);
      expect(directives.get("script-src"), route).toEqual(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{22}==?'$/), "'strict-dynamic'"]);
      expect(directives.get("frame-ancestors"), route).toEqual(["'none'"]);
      expect(directives.get("object-src"), route).toEqual(["'none'"]);
      // No directive names another origin, a wildcard or inline code.
      expect(policy, route).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|data:\S*\s*;?\s*script/);
      // The whole policy, so that no directive (base-uri, form-action ...) goes missing unnoticed.
      const nonce = policy.match(/'nonce-([^']+)'/)?.[1] ?? "";
      expect(policy, route).toBe(
        `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; style-src 'self' 'nonce-${nonce}'; img-src 'self' data: blob:; ` +
          "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      );
    }
  });

  it("puts a fresh nonce on every script of every page, and no script without it", async () => {
    const nonces: string[] = [];
    for (const route of ["/", "/", "/quotes", `/articles/${ids.article}`]) {
      const { headers, body } = await get(route);
      const nonce = headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1] ?? "";
      const scripts = [...body.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(scripts.length, route).toBeGreaterThan(0);
      for (const script of scripts) expect(script, route).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});

describe("hostile parameters", () => {
  // Each address is malformed, oversized (10 kB), of the wrong type or an unknown value.
  const hostile = () => {
    const pages = [
      "/timeline?from=yesterday",
      "/timeline?from=2024-13-45",
      "/timeline?page=abc",
      "/timeline?page=1.5",
      "/timeline?page=-1",
      "/timeline?page=99999999999",
      "/timeline?page=1&page=2",
      "/timeline?kind=alien",
      `/timeline?person=${LONG}`,
      "/timeline?person=..%2F..%2Fetc%2Fpasswd",
      "/timeline?chart=pie",
      "/people?kind=alien",
      `/people?affiliation=${LONG}`,
      "/people?affiliation=%00",
      "/quotes?sort=random",
      `/quotes?q=${LONG}`,
      "/quotes?q=%00",
      `/quotes?who=${LONG}`,
      "/quotes?speaker=Not%20A%20Slug",
      "/quotes?kind=shout",
      "/quotes?from=2025&to=2024",
      "/meetings/Not%20A%20Slug",
      "/meetings/%ZZ",
      `/meetings/${LONG}`,
      "/meetings/1999-01-01-nobody",
      "/people/nobody-at-all",
      `/people/${ids.person}%00`,
      "/articles/..%2F..%2Fetc%2Fpasswd",
      "/articles/%E0%A4%A",
      "/quotes/-1",
      "/quotes/abc",
      "/quotes/0x10",
      "/quotes/99999999999999999999",
      "/quotes/%ZZ",
      "/meetings/%ZZ/opengraph-image",
      "/quotes/abc/opengraph-image",
      "/quotes/999999/opengraph-image",
    ];
    const api = [
      "/api/meetings?kind=party",
      "/api/meetings?page=zero",
      "/api/meetings?from=2024-02-30",
      `/api/meetings?person=${LONG}`,
      "/api/meetings/%ZZ",
      "/api/meetings/Not%20A%20Slug",
      `/api/meetings/${LONG}`,
      "/api/meetings/1999-01-01-nobody",
      "/api/people/%00",
      "/api/people/nobody-at-all",
      `/api/quotes?q=${LONG}`,
      "/api/quotes?q=%00",
      "/api/quotes?page=1e3",
      "/api/quotes?page=1&page=2",
      "/api/quotes?sort=random",
      "/api/quotes?speaker=Benny%20Gantz",
      "/api/quotes?who=someone",
      `/api/speakers?q=${LONG}`,
      "/api/speakers?q=%00",
      "/api/speakers?q=a&q=b",
      `/quotes/csv?q=${LONG}`,
      "/quotes/csv?kind=shout",
    ];
    return { pages, api };
  };

  it("answers every malformed, oversized, wrong-type or unknown value with 400 or 404, never 5xx or a stack trace", async () => {
    const { pages, api } = hostile();
    const wrong: string[] = [];
    for (const route of [...pages, ...api]) {
      const { status, body, headers } = await get(route);
      if (status !== 400 && status !== 404) wrong.push(`${route.slice(0, 80)}: ${status}`);
      if (STACK.test(body)) wrong.push(`${route.slice(0, 80)}: the body shows internals (${body.match(STACK)?.[0]})`);
      const json = (headers.get("content-type") ?? "").includes("application/json");
      if ((route.startsWith("/api/") || route.startsWith("/quotes/csv")) && !json) wrong.push(`${route.slice(0, 80)}: not JSON`);
      if (json && typeof (JSON.parse(body) as { error?: unknown }).error !== "string") wrong.push(`${route.slice(0, 80)}: no "error" message`);
    }
    expect(wrong).toEqual([]);
  });

  it("ignores unknown parameters, even a 10 kB one, on every route", async () => {
    const routes = ["/", "/timeline", "/people", "/quotes", "/articles", `/people/${ids.person}`, `/meetings/${ids.meeting}`, `/articles/${ids.article}`, `/quotes/${ids.quote}`, "/api/meetings", "/api/quotes", "/api/speakers", `/api/meetings/${ids.meeting}`, `/api/people/${ids.person}`];
    for (const route of routes) {
      const { status } = await get(`${route}?unknown=${LONG}`);
      expect(status, route).toBe(200);
    }
  });

  it("does nothing with SQL injection strings in search, speaker and slug parameters", async () => {
    const before = await rowCounts(url);
    const injections = ["'; DROP TABLE article; --", "' OR '1'='1", "1; DELETE FROM statement", "\\'; TRUNCATE actor CASCADE; --", "%' OR 1=1 --", "'); SELECT pg_sleep(5); --"];
    const answers: string[] = [];
    for (const injection of injections) {
      const value = encodeURIComponent(injection);
      for (const route of [`/api/quotes?q=${value}`, `/quotes?q=${value}`, `/api/speakers?q=${value}`, `/quotes?who=${value}`, `/api/quotes?speaker=${value}`, `/api/people/${value}`, `/api/meetings/${value}`, `/meetings/${value}`, `/articles/${value}`, `/timeline?person=${value}`, `/people?affiliation=${value}`, `/quotes/csv?q=${value}`]) {
        const started = performance.now();
        const { status, body } = await get(route);
        if (![200, 400, 404].includes(status) || STACK.test(body) || performance.now() - started > 4_000) answers.push(`${route}: ${status}`);
      }
    }
    expect(answers).toEqual([]);
    // The words search treats the string as words: it finds the quote that contains them, and nothing else.
    const search = JSON.parse((await get(`/api/quotes?q=${encodeURIComponent("' OR '1'='1")}`)).body) as { total: number };
    expect(search.total).toBeLessThan(before.statement ?? 0);
    expect(await rowCounts(url)).toEqual(before);
  });
});

describe("parameters named like object properties, other methods, caching", () => {
  const routes = () => ["/", "/timeline", "/people", "/quotes", `/people/${ids.person}`, "/api/meetings", "/api/quotes", "/api/speakers?q=ga", "/quotes/csv"];

  it("treats constructor, toString, valueOf, hasOwnProperty and __proto__ as unknown parameters", async () => {
    const wrong: string[] = [];
    for (const route of routes())
      for (const name of ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "__proto__[x]"]) {
        const { status, body } = await get(`${route}${route.includes("?") ? "&" : "?"}${name}=1`);
        if (status !== 200 || STACK.test(body)) wrong.push(`${route}?${name}=1: ${status}`);
      }
    expect(wrong).toEqual([]);
  });

  it("answers methods other than GET and HEAD with 405, Allow and the security headers", async () => {
    // fetch() refuses to send TRACE; node:http sends any method.
    const send = (method: string, route: string) =>
      new Promise<http.IncomingMessage>((resolve, reject) => {
        const request = http.request(`${server.origin}${route}`, { method }, (response) => {
          response.resume();
          resolve(response);
        });
        request.on("error", reject);
        request.end();
      });
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "POST", "OPTIONS"])
      for (const route of ["/", "/api/quotes", "/icon.svg"]) {
        const response = await send(method, route);
        expect(response.statusCode, `${method} ${route}`).toBe(405);
        expect(response.headers.allow).toBe("GET, HEAD");
        expect(response.headers["x-content-type-options"]).toBe("nosniff");
        expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
        expect(response.headers["cache-control"]).toBe("no-store");
      }
    expect((await fetch(`${server.origin}/`, { method: "HEAD" })).status).toBe(200);
  });

  it("says how to cache every response: nothing dynamic is stored, built files are kept", async () => {
    const page = await get("/");
    const scripts = [...page.body.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((match) => match[1] ?? "");
    const answers = {
      page: page.headers.get("cache-control"),
      api: (await get("/api/quotes")).headers.get("cache-control"),
      apiError: (await get("/api/quotes?page=zero")).headers.get("cache-control"),
      csv: (await get("/quotes/csv")).headers.get("cache-control"),
      missing: (await get("/people/nobody-at-all")).headers.get("cache-control"),
      bareMeetings: (await get("/meetings")).headers.get("cache-control"),
      icon: (await get("/icon.svg")).headers.get("cache-control"),
      script: (await get(scripts[0] ?? "/_next/static/none.js")).headers.get("cache-control"),
    };
    for (const dynamic of [answers.page, answers.api, answers.apiError, answers.csv, answers.missing, answers.bareMeetings]) expect(dynamic, JSON.stringify(answers)).toMatch(/no-store/);
    expect(answers.icon).toMatch(/public, max-age=\d+/);
    expect(answers.script).toBe("public, max-age=31536000, immutable");
  });
});

describe("hostile article text", () => {
  it("sends the markup of an ingested article as text, never as tags or attributes", async () => {
    const pages = [`/articles/${ids.hostileArticle}`, "/quotes?q=corridor", `/timeline?from=2024-05&to=2024-05`];
    for (const route of pages) {
      const { status, body } = await get(route);
      expect(status, route).toBe(200);
      expect(body, route).not.toMatch(/<script>(window\.readoutXss|alert)/);
      // The article's tags arrive only escaped (&lt;img ...), in the page and in the RSC payload (\u003cimg ...).
      expect(body, route).not.toMatch(/<img\b|<iframe\b|<a href="javascript:|<b>(final|ended)|<script>alert/);
    }
    const article = (await get(`/articles/${ids.hostileArticle}`)).body;
    expect(article).toContain("&lt;script&gt;window.readoutXss");
    expect(article).toContain("&lt;img src=x onerror=alert(&#x27;quote&#x27;)&gt;");
    // The manifest's URL stays one attribute value: its quote is escaped, not closing the href.
    expect(article).toContain('href="https://example.com/news?id=1&amp;q=&quot;&gt;&lt;script&gt;alert(&#x27;url&#x27;)&lt;/script&gt;"');
    const api = JSON.parse((await get(`/api/quotes?q=corridor`)).body) as { quotes: { text: string }[] };
    expect(api.quotes.map((quote) => quote.text)).toContain("<img src=x onerror=alert('quote')>We agreed to keep the grain corridor open");
  });
});

describe("client bundles", () => {
  it("hold no database URL, password or server-side variable", async () => {
    const password = decodeURIComponent(new URL(url).password);
    const secrets = [password, "postgresql://", "postgres://", "DATABASE_URL", "READOUT_DATA_DIR", "credentials.json"];
    const local = await fs.readFile(path.join(ROOT, ".data", "credentials.json"), "utf8").catch(() => null);
    if (local) secrets.push((JSON.parse(local) as { password: string }).password);
    const found: string[] = [];
    const files: string[] = [];
    for (const entry of await fs.readdir(path.join(ROOT, ".next", "static"), { recursive: true })) files.push(entry);
    for (const file of files) {
      const content = await fs.readFile(path.join(ROOT, ".next", "static", file)).catch(() => null);
      if (!content) continue;
      for (const secret of secrets) if (content.includes(secret)) found.push(`${file}: ${secret === password ? "the database password" : secret}`);
    }
    for (const route of ["/", "/quotes", `/articles/${ids.article}`]) {
      const { body } = await get(route);
      for (const secret of secrets) if (body.includes(secret)) found.push(`${route}: ${secret === password ? "the database password" : secret}`);
    }
    expect(files.length).toBeGreaterThan(5);
    expect(found).toEqual([]);
  });
});
