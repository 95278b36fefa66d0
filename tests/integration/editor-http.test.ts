// The editor workspace over HTTP against the production build: every edit action refuses an anonymous
// request, another origin and an expired session (and changes nothing); editor pages answer 401 to the public
// and are never cached; sign-in sets HttpOnly, Secure, SameSite=Lax cookies; a correction made over HTTP shows
// on the public page, which is the same for an editor as for anyone.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EDITOR_ACTIONS } from "@/app/editor/actions/action-table";
import { completeSetup, addEditor } from "@/lib/auth/editors";
import { createDb, type Db } from "@/lib/db/client";
import { freePort } from "@/lib/db/postgres/ensure-database";
import { runIngest } from "@/scripts/faults/ingest-runs";
import { ensureProductionBuild, startProductionServer, type ProductionServer } from "@/scripts/faults/production-server";
import { createDatabaseFromTemplate, withClient } from "./support/database";
import { TEMPLATE_DATABASE, withDatabaseName } from "./support/database-names";
import { REPO } from "./support/run-script";
import { SERVER_SETUP_MS } from "./support/server-setup";

const databaseName = `readout_editor_http_${process.env.VITEST_POOL_ID ?? "1"}`;
const url = withDatabaseName(inject("adminDatabaseUrl"), databaseName);
const PASSWORD = "a long enough password";
let server: ProductionServer;
let db: Db;
let ids: { quote: number; otherSpeaker: number; meeting: string; person: string };

const dropDatabase = () => withClient(inject("adminDatabaseUrl"), (admin) => admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));

beforeAll(async () => {
  await dropDatabase();
  await createDatabaseFromTemplate(databaseName, TEMPLATE_DATABASE);
  const ingest = await runIngest(url, [path.join(REPO, "data", "articles")], 60_000);
  expect(ingest.code, ingest.stderr).toBe(0);
  await ensureProductionBuild();
  const port = await freePort(0);
  server = await startProductionServer(url, { port, env: { READOUT_PUBLIC_URL: `http://127.0.0.1:${port}` } });
  db = createDb(url);
  const quote = await db.statement.findFirstOrThrow({ where: { speakerId: { not: null } }, select: { id: true, speakerId: true, articleId: true } });
  const other = await db.actor.findFirstOrThrow({ where: { kind: "person", id: { not: quote.speakerId ?? 0 } }, select: { id: true } });
  const meeting = await db.meeting.findFirstOrThrow({ select: { slug: true } });
  const person = await db.actor.findFirstOrThrow({ where: { kind: "person" }, select: { slug: true } });
  ids = { quote: quote.id, otherSpeaker: other.id, meeting: meeting.slug, person: person.slug };
  const { link } = await addEditor(db, "editor@example.org", server.origin);
  await completeSetup(db, new URL(link).searchParams.get("token") ?? "", PASSWORD);
}, SERVER_SETUP_MS);

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
  await dropDatabase();
});

type Options = { origin?: string | null; cookie?: string; body?: BodyInit; accept?: string };

function post(route: string, options: Options = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? "application/json" };
  const origin = options.origin === undefined ? server.origin : options.origin;
  if (origin !== null) headers.Origin = origin;
  if (options.cookie) headers.Cookie = options.cookie;
  return fetch(`${server.origin}${route}`, { method: "POST", headers, body: options.body ?? new URLSearchParams(), redirect: "manual" });
}

async function signIn(): Promise<{ cookie: string; setCookies: string[] }> {
  const response = await post("/editor/actions/sign-in", { body: new URLSearchParams({ email: "editor@example.org", password: PASSWORD }), accept: "text/html" });
  expect(response.status).toBe(303);
  const setCookies = response.headers.getSetCookie();
  const cookie = setCookies.map((line) => line.split(";")[0]).join("; ");
  return { cookie, setCookies };
}

const speakerChange = () => new URLSearchParams({ kind: "speaker", statementId: String(ids.quote), speakerId: String(ids.otherSpeaker) });
const state = async () => ({ corrections: await db.correction.count(), version: (await db.recordVersion.findUnique({ where: { id: 1 } }))?.version });

describe("editor actions", () => {
  it("refuse an anonymous request, another origin, no origin, and an expired session, for every action, changing nothing", async () => {
    const before = await state();
    const { cookie } = await signIn();
    for (const action of Object.keys(EDITOR_ACTIONS)) {
      const route = `/editor/actions/${action}`;
      expect((await post(route, { body: speakerChange() })).status, `${route} anonymous`).toBe(401);
      expect((await post(route, { body: speakerChange(), cookie, origin: "https://evil.example" })).status, `${route} other origin`).toBe(403);
      expect((await post(route, { body: speakerChange(), cookie, origin: null })).status, `${route} no origin`).toBe(403);
      expect((await post(route, { body: speakerChange(), cookie: "readout_session=forged" })).status, `${route} forged session`).toBe(401);
    }
    await db.editorSession.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const action of Object.keys(EDITOR_ACTIONS)) {
      const response = await post(`/editor/actions/${action}`, { body: speakerChange(), cookie });
      expect(response.status, `${action} expired session`).toBe(401);
      expect(response.headers.get("cache-control")).toContain("no-store");
    }
    // Sign-in itself, from another origin, is refused too.
    expect((await post("/editor/actions/sign-in", { body: new URLSearchParams({ email: "editor@example.org", password: PASSWORD }), origin: "https://evil.example" })).status).toBe(403);
    expect(await state()).toEqual(before);
  });

  it("answer 401 on every editor page to the public, and serve them signed in, never cached", async () => {
    const pages = ["/editor", "/editor/articles/new", `/editor/quotes/${ids.quote}`, `/editor/meetings/${ids.meeting}`, `/editor/people/${ids.person}`];
    for (const page of pages) {
      const response = await fetch(`${server.origin}${page}`, { redirect: "manual" });
      expect(response.status, page).toBe(401);
      expect(await response.text()).toContain("Sign in");
    }
    const { cookie, setCookies } = await signIn();
    const session = setCookies.find((line) => line.startsWith("readout_session="));
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).toMatch(/; Expires=/);
    for (const page of pages) {
      const response = await fetch(`${server.origin}${page}`, { headers: { Cookie: cookie }, redirect: "manual" });
      expect(response.status, page).toBe(200);
      expect(response.headers.get("cache-control"), page).toMatch(/no-store/);
      expect(response.headers.get("cache-control"), page).toMatch(/private/);
    }
    expect((await fetch(`${server.origin}/editor/sign-in`)).status).toBe(200);
  });

  it("make a correction for a signed-in editor from Readout's origin; the public page shows it, the same for everyone", async () => {
    const { cookie } = await signIn();
    const response = await post("/editor/actions/correct", { body: new URLSearchParams({ ...Object.fromEntries(speakerChange()), next: `/quotes/${ids.quote}`, back: "/editor" }), cookie, accept: "text/html" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/quotes/${ids.quote}`);
    const row = await db.statement.findUniqueOrThrow({ where: { id: ids.quote }, select: { speakerId: true } });
    expect(row.speakerId).toBe(ids.otherSpeaker);
    // The page's content as rendered (the flight data after it streams in an order of its own): the editor
    // gets exactly what the public gets.
    const content = async (response: Response) => (await response.text()).match(/<main[\s\S]*<\/main>/)?.[0] ?? "";
    const publicPage = await fetch(`${server.origin}/quotes/${ids.quote}`);
    const editorPage = await fetch(`${server.origin}/quotes/${ids.quote}`, { headers: { Cookie: cookie } });
    const theirs = await content(publicPage);
    expect(theirs).toMatch(/speaker corrected on \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(await content(editorPage)).toBe(theirs);
    expect(publicPage.headers.get("set-cookie")).toBeNull();
    // A bad request names the field and writes nothing.
    const before = await state();
    const bad = await post("/editor/actions/correct", { body: new URLSearchParams({ kind: "meeting", meetingId: "1", date: "soon" }), cookie });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "date: a date is YYYY, YYYY-MM or YYYY-MM-DD" });
    expect(await state()).toEqual(before);
  });
});
