// Editors' corrections against a real PostgreSQL: each kind changes the record, survives re-ingest of its
// article and a new extractor fingerprint, waits for review when its fact is gone, bumps the record version,
// and leaves an audit trail of who changed what, when, from what and why.
import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { recordCorrection } from "@/lib/corrections/record-correction";
import { CorrectionError } from "@/lib/corrections/requests";
import { db } from "@/lib/db/client";
import { findCurrentSlug } from "@/lib/db/queries/find-current-slug";
import type { ExtractedArticle } from "@/lib/extract/schema";
import { loadArticle } from "@/lib/ingest/load-article";
import { actor, extracted, interaction, quote, statement } from "./support/facts";

const BODY = `Ministers meet in Lisbon
Maria Lopes met Tomas Varga in Lisbon on March 3, 2025. "The talks went well," Varga said. Lopes said the deal was close.
An aide, Pedro Alves, said more meetings would follow. "We are ready," said Varga.`;

/** The article as one extractor reads it: the first quote is wrongly given to Lopes, and Alves is split in two. */
function facts(body = BODY, options: { extraStatement?: boolean; meetingDate?: string } = {}): ExtractedArticle {
  return extracted("lisbon.txt", {
    title: "Ministers meet in Lisbon",
    publishedAt: "2025-03-04",
    actors: [
      actor(body, "lopes", "Maria Lopes", { aliases: ["Lopes"] }),
      actor(body, "varga", "Tomas Varga", { aliases: ["Varga"] }),
      actor(body, "alves", "Pedro Alves", { role: "An aide" }),
      actor(body, "aide", "An aide"),
    ],
    interactions: [interaction(body, "m1", "Maria Lopes met Tomas Varga in Lisbon on March 3, 2025.", ["lopes", "varga"], options.meetingDate ?? "2025-03-03")],
    quotes: [quote(body, "q1", "lopes", "The talks went well"), quote(body, "q2", "varga", "We are ready")],
    statements: [statement(body, "s1", "lopes", "the deal was close"), ...(options.extraStatement ? [statement(body, "s2", "alves", "more meetings would follow")] : [])],
  });
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex");
const ingest = (body: string, output: ExtractedArticle, extractor = "extractor-1") => loadArticle(db, { fileName: "lisbon.txt", body, contentHash: hash(body) }, output, extractor);

async function statementBy(text: string) {
  return db.statement.findFirst({ where: { text }, select: { id: true, speaker: { select: { slug: true } } } });
}
const actorId = async (slug: string) => (await db.actor.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
const version = async () => (await db.recordVersion.findUnique({ where: { id: 1 } }))?.version ?? 0;

let editorId = 0;
beforeEach(async () => {
  editorId = (await db.editor.create({ data: { email: "editor@example.org" } })).id;
  await ingest(BODY, facts());
});

describe("a correction", () => {
  it("changes a quote's speaker, and the change survives a re-ingest of an edited article and a new extractor", async () => {
    const wrong = await statementBy("The talks went well");
    expect(wrong?.speaker?.slug).toBe("maria-lopes");
    const before = await version();
    await recordCorrection(db, editorId, { kind: "speaker", statementId: wrong?.id ?? 0, speakerId: await actorId("tomas-varga"), reason: "Varga says it" });
    expect((await statementBy("The talks went well"))?.speaker?.slug).toBe("tomas-varga");
    expect(await version()).toBe(before + 1);

    // The article edited at its end: its facts are replaced (new rows), the correction is applied again.
    const edited = `${BODY}\nA correction was appended to this article.`;
    expect((await ingest(edited, facts(edited))).status).toBe("changed");
    expect((await statementBy("The talks went well"))?.speaker?.slug).toBe("tomas-varga");

    // The same text read by a new extractor that finds more: replaced again, corrected again.
    expect((await ingest(edited, facts(edited, { extraStatement: true }), "extractor-2")).status).toBe("changed");
    expect((await statementBy("The talks went well"))?.speaker?.slug).toBe("tomas-varga");
    expect(await db.statement.count({ where: { text: "more meetings would follow" } })).toBe(1);
    // A new fingerprint that reads the text the same way touches no row: still corrected.
    expect((await ingest(edited, facts(edited, { extraStatement: true }), "extractor-3")).status).toBe("unchanged");
    expect((await statementBy("The talks went well"))?.speaker?.slug).toBe("tomas-varga");
    expect(await db.correction.findMany({ select: { status: true } })).toEqual([{ status: "applied" }]);
  });

  it("hides a false quote from the record and keeps it in the history, through re-ingest", async () => {
    const quoteRow = await statementBy("We are ready");
    await recordCorrection(db, editorId, { kind: "hide_statement", statementId: quoteRow?.id ?? 0, reason: null });
    expect(await statementBy("We are ready")).toBeNull();
    await ingest(BODY, facts(BODY, { extraStatement: true }), "extractor-2");
    expect(await statementBy("We are ready")).toBeNull();
    const history = await db.correction.findFirstOrThrow({ select: { kind: true, before: true } });
    expect(history).toMatchObject({ kind: "hide_statement", before: { text: "We are ready", speaker: { slug: "tomas-varga" } } });
  });

  it("merges two people: names combine, the old address redirects, and re-ingest keeps them one", async () => {
    await recordCorrection(db, editorId, { kind: "merge", fromId: await actorId("an-aide"), intoId: await actorId("pedro-alves"), reason: "the aide is Alves" });
    expect(await db.actor.findUnique({ where: { slug: "an-aide" } })).toBeNull();
    expect(await findCurrentSlug("actor", "an-aide")).toBe("pedro-alves");
    const aliases = await db.actorAlias.findMany({ where: { actor: { slug: "pedro-alves" } }, select: { alias: true }, orderBy: { alias: "asc" } });
    expect(aliases.map((row) => row.alias)).toEqual(["An aide", "Pedro Alves"]);

    await ingest(BODY, facts(BODY, { extraStatement: true }), "extractor-2");
    expect(await db.actor.findUnique({ where: { slug: "an-aide" } })).toBeNull();
    expect(await findCurrentSlug("actor", "an-aide")).toBe("pedro-alves");
    expect(await db.actor.count()).toBe(3);
  });

  it("splits a wrong merge: the merged person gets their names, mentions and address back", async () => {
    const lopes = await actorId("maria-lopes");
    const lopesMentions = await db.mention.count({ where: { actorId: lopes } });
    const merge = await recordCorrection(db, editorId, { kind: "merge", fromId: lopes, intoId: await actorId("tomas-varga"), reason: null });
    expect(await findCurrentSlug("actor", "maria-lopes")).toBe("tomas-varga");
    await recordCorrection(db, editorId, { kind: "split", mergeId: merge.id, reason: "two people" });
    const restored = await db.actor.findUniqueOrThrow({ where: { slug: "maria-lopes" }, select: { name: true, aliases: { select: { alias: true } }, _count: { select: { mentions: true, meetings: true } } } });
    expect(restored.name).toBe("Maria Lopes");
    expect(restored.aliases.map((row) => row.alias).sort()).toEqual(["Lopes", "Maria Lopes"]);
    expect(restored._count).toEqual({ mentions: lopesMentions, meetings: 1 });
    expect((await statementBy("the deal was close"))?.speaker?.slug).toBe("maria-lopes");
    expect(await db.correction.findUniqueOrThrow({ where: { id: merge.id }, select: { status: true } })).toEqual({ status: "undone" });
    // The undone merge is not re-applied by a re-ingest.
    await ingest(BODY, facts(BODY, { extraStatement: true }), "extractor-2");
    expect(await db.actor.findUnique({ where: { slug: "maria-lopes" } })).not.toBeNull();
  });

  it("fixes a meeting's date, precision and place: the page moves, the old address redirects, re-ingest keeps the fix", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ select: { id: true, slug: true } });
    expect(meeting.slug).toBe("2025-03-03-lopes-varga");
    await recordCorrection(db, editorId, { kind: "meeting", meetingId: meeting.id, date: "2025-02", location: "Porto", reason: "the article misdates it" });
    const fixed = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { slug: true, datePrecision: true, location: true } });
    expect(fixed).toEqual({ slug: "2025-02-lopes-varga", datePrecision: "month", location: "Porto" });
    expect(await findCurrentSlug("meeting", "2025-03-03-lopes-varga")).toBe("2025-02-lopes-varga");

    // A new extractor reads another (still wrong) date: the meeting row is rewritten, then corrected again.
    await ingest(BODY, facts(BODY, { meetingDate: "2025-03-02" }), "extractor-2");
    const again = await db.meeting.findFirstOrThrow({ select: { slug: true, date: true, datePrecision: true, location: true } });
    expect(again).toEqual({ slug: "2025-02-lopes-varga", date: new Date("2025-02-01"), datePrecision: "month", location: "Porto" });
    expect(await findCurrentSlug("meeting", "2025-03-03-lopes-varga")).toBe("2025-02-lopes-varga");
  });

  it("renames a person and edits a role, through re-ingest", async () => {
    const alves = await actorId("pedro-alves");
    const role = await db.role.findFirstOrThrow({ where: { actorId: alves }, select: { id: true } });
    await recordCorrection(db, editorId, { kind: "rename", actorId: alves, name: "Pedro M. Alves", reason: null });
    await recordCorrection(db, editorId, { kind: "role", roleId: role.id, title: "Senior aide", affiliation: "Foreign Ministry", reason: null });
    await ingest(BODY, facts(BODY, { extraStatement: true }), "extractor-2");
    const person = await db.actor.findUniqueOrThrow({ where: { slug: "pedro-m-alves" }, select: { name: true, roles: { select: { title: true, affiliation: true } } } });
    expect(person).toEqual({ name: "Pedro M. Alves", roles: [{ title: "Senior aide", affiliation: "Foreign Ministry" }] });
    expect(await findCurrentSlug("actor", "pedro-alves")).toBe("pedro-m-alves");
  });

  it("fixes a meeting's participants and marks a person wrong, through re-ingest", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ select: { id: true } });
    await recordCorrection(db, editorId, { kind: "meeting", meetingId: meeting.id, participantIds: [await actorId("maria-lopes"), await actorId("pedro-alves")], reason: "Varga was not there" });
    await recordCorrection(db, editorId, { kind: "hide_person", actorId: await actorId("an-aide"), reason: "not a person" });
    const participants = async () =>
      (await db.meetingParticipant.findMany({ where: { meetingId: meeting.id }, select: { actor: { select: { slug: true } } } })).map((row) => row.actor.slug).sort();
    expect(await participants()).toEqual(["maria-lopes", "pedro-alves"]);
    expect(await db.actor.findUnique({ where: { slug: "an-aide" } })).toBeNull();

    await ingest(BODY, facts(BODY, { extraStatement: true, meetingDate: "2025-03-02" }), "extractor-2");
    expect(await participants()).toEqual(["maria-lopes", "pedro-alves"]);
    expect(await db.actor.findUnique({ where: { slug: "an-aide" } })).toBeNull();
    expect(await db.correction.findMany({ select: { status: true } })).toEqual([{ status: "applied" }, { status: "applied" }]);
  });

  it("whose fact is gone after a re-ingest waits for review and is applied again when the fact returns", async () => {
    const wrong = await statementBy("The talks went well");
    const made = await recordCorrection(db, editorId, { kind: "speaker", statementId: wrong?.id ?? 0, speakerId: await actorId("tomas-varga"), reason: null });
    const without = { ...facts(), quotes: facts().quotes.filter((row) => row.id !== "q1") };
    await ingest(BODY, without, "extractor-2");
    const waiting = await db.correction.findUniqueOrThrow({ where: { id: made.id }, select: { status: true, reviewNote: true } });
    expect(waiting.status).toBe("needs_review");
    expect(waiting.reviewNote).toContain("The talks went well");
    await ingest(BODY, facts(), "extractor-3");
    expect((await statementBy("The talks went well"))?.speaker?.slug).toBe("tomas-varga");
    expect((await db.correction.findUniqueOrThrow({ where: { id: made.id }, select: { status: true } })).status).toBe("applied");
  });

  it("that names nothing in the record is refused and writes nothing", async () => {
    const before = await version();
    await expect(recordCorrection(db, editorId, { kind: "hide_statement", statementId: 999_999, reason: null })).rejects.toThrow(CorrectionError);
    await expect(recordCorrection(db, editorId, { kind: "merge", fromId: await actorId("tomas-varga"), intoId: await actorId("tomas-varga"), reason: null })).rejects.toThrow(/themselves/);
    expect(await db.correction.count()).toBe(0);
    expect(await version()).toBe(before);
  });

  it("leaves an audit trail of every change: who, when, what was there before, and why", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ select: { id: true } });
    const quoteRow = await statementBy("We are ready");
    await recordCorrection(db, editorId, { kind: "hide_statement", statementId: quoteRow?.id ?? 0, reason: "never said" });
    await recordCorrection(db, editorId, { kind: "meeting", meetingId: meeting.id, meetingKind: "call", reason: "by phone" });
    await recordCorrection(db, editorId, { kind: "hide_meeting", meetingId: meeting.id, reason: "no meeting took place" });
    const trail = await db.correction.findMany({ orderBy: { id: "asc" }, select: { kind: true, reason: true, before: true, createdAt: true, editor: { select: { email: true } } } });
    expect(trail.map((row) => [row.kind, row.reason, row.editor.email])).toEqual([
      ["hide_statement", "never said", "editor@example.org"],
      ["meeting", "by phone", "editor@example.org"],
      ["hide_meeting", "no meeting took place", "editor@example.org"],
    ]);
    expect(trail[1]?.before).toMatchObject({ kind: "meeting", date: "2025-03-03", precision: "day" });
    expect(trail[2]?.before).toMatchObject({ kind: "call" });
    for (const row of trail) expect(row.createdAt).toBeInstanceOf(Date);
    expect(await db.meeting.count()).toBe(0);
    // The hidden meeting stays hidden when its article is read again.
    await ingest(BODY, facts(BODY, { extraStatement: true }), "extractor-2");
    expect(await db.meeting.count()).toBe(0);
  });
});
