// Loads a run of new articles in one go, with the same outcome as loading them one after another: actors and
// meetings are resolved in memory, article by article, against candidates read once for the whole run, and
// the rows are written with one statement per table. Ids come from each table's sequence in creation order.
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor as ExtractedActor, Interaction } from "@/lib/extract/schema";
import { findCandidateActors } from "./actor-candidates";
import { ActorIndex, addRoles, findMatch, type KnownActor } from "./actor-match";
import { addToActorRoles } from "./actor-roles";
import { isoDay, toStoredDate } from "./dates";
import { nameKeys } from "./name-keys";
import { normalizeName } from "./names";
import type { PreparedArticle } from "./prepare-article";
import { meetingKey } from "./resolve-meetings";
import { givenNameReferences } from "./same-article";
import { SlugBook, SlugHistory, type Ref } from "./slug-book";
import { actorVariant, meetingSlugBase, slugify } from "./slugs";
import { appendFactRows, countFacts, emptyFactRows, factRows, insertFacts, type FactCounts } from "./write-facts";

type Tx = Prisma.TransactionClient;

/** `rolesRead`: how many titles and affiliations the record held for it when the batch read it. */
type BookActor = KnownActor & { ref: Ref; created: boolean; renamed: boolean; seq: number; rolesRead: number };
type ActorEvent = { actor: BookActor; name: string; create: boolean };
type PlannedInteraction = { interaction: Interaction; participants: BookActor[]; names: Array<{ name: string; kind: string }> };
type BookMeeting = { ref: Ref; key: string; interaction: Interaction; participantIds: number[]; location: string | null; slug: string; names: Array<{ name: string; kind: string }> };

export type NewArticleResult = { articleId: number; slug: string; facts: FactCounts };

async function allocateIds(tx: Tx, table: string, refs: Ref[]): Promise<void> {
  if (refs.length === 0) return;
  const rows = await tx.$queryRawUnsafe<Array<{ id: number }>>(`SELECT nextval(pg_get_serial_sequence('"${table}"', 'id'))::int AS id FROM generate_series(1, $1::int) ORDER BY 1`, refs.length);
  refs.forEach((ref, index) => (ref.id = rows[index]?.id ?? 0));
}

export async function loadNewArticles(tx: Tx, articles: PreparedArticle[], extractor: string | null): Promise<NewArticleResult[]> {
  const history = new SlugHistory();
  const actorIndex = new ActorIndex<BookActor>();
  for (const actor of await findCandidateActors(tx, articles.flatMap((article) => article.facts.actors))) {
    actorIndex.add({ ...actor, ref: { id: actor.id }, created: false, renamed: false, seq: actorIndex.list.length, rolesRead: roleCount(actor) });
  }
  const known = actorIndex.list;
  const events: ActorEvent[] = [];
  const aliasRows: Array<{ actor: BookActor; alias: string; article: number }> = [];
  const resolvedByArticle: Array<Map<string, BookActor>> = [];
  const planned: PlannedInteraction[][] = [];

  // Actors, article by article, exactly as resolveActors does for a new article (no previous actors).
  for (const [position, article] of articles.entries()) {
    const resolved = new Map<string, BookActor>();
    const unmatched: ExtractedActor[] = [];
    const references = givenNameReferences(article.facts.actors);
    for (const local of article.facts.actors) {
      if (references.has(local.id)) continue;
      const match = findMatch(local, actorIndex.candidatesFor(local));
      if (!match) {
        unmatched.push(local);
        continue;
      }
      const actor = match.actor;
      if (match.upgrade) {
        events.push({ actor, name: local.name, create: false });
        actor.name = local.name;
        actor.renamed = true;
        actorIndex.keyName(actor);
      }
      resolved.set(local.id, actor);
    }
    for (const local of unmatched) {
      const actor: BookActor = { id: 0, slug: "", name: local.name, kind: local.kind, forms: new Set([normalizeName(local.name)]), roles: { titles: [], affiliations: [] }, evidenced: true, ref: { id: 0 }, created: true, renamed: false, seq: known.length, rolesRead: 0 };
      events.push({ actor, name: local.name, create: true });
      actorIndex.add(actor);
      resolved.set(local.id, actor);
    }
    // A given name alone is the person the article names in full.
    for (const [reference, fullName] of references) {
      const actor = resolved.get(fullName);
      if (actor) resolved.set(reference, actor);
    }
    // What this article says of its people is evidence for the articles after it.
    for (const local of article.facts.actors) {
      const actor = resolved.get(local.id);
      if (actor) addRoles(actor, local.roles);
    }
    const pairs = new Map<string, { actor: BookActor; alias: string }>();
    for (const local of article.facts.actors) {
      const actor = resolved.get(local.id);
      if (!actor) continue;
      for (const alias of [local.name, ...local.aliases].map((text) => text.trim()).filter(Boolean)) {
        pairs.set(`${actor.seq}\u0000${alias}`, { actor, alias });
        actorIndex.addForm(actor, normalizeName(alias));
      }
    }
    for (const pair of pairs.values()) aliasRows.push({ ...pair, article: position });
    resolvedByArticle.push(resolved);
    planned.push(
      article.facts.interactions.map((interaction) => {
        const participants = [...new Set(interaction.participants.flatMap((id) => resolved.get(id) ?? []))];
        return { interaction, participants, names: participants.map((actor) => ({ name: actor.name, kind: actor.kind })) };
      }),
    );
  }

  // Actor slugs, replaying creations and renames in order (renameActor and create in resolve-actors.ts).
  const actorSlugs = new SlugBook(tx, "actor");
  await actorSlugs.prefetch(events.map((event) => ({ base: slugify(event.name), variant: actorVariant(event.actor.kind) })));
  for (const event of events) {
    const { actor } = event;
    const slug = await actorSlugs.allocate(slugify(event.name), event.create ? null : actor.ref, actorVariant(actor.kind));
    if (event.create) {
      actor.slug = slug;
      actorSlugs.take(slug, actor.ref);
      history.forget("actor", slug);
    } else if (slug !== actor.slug) {
      actorSlugs.release(actor.slug);
      actorSlugs.take(slug, actor.ref);
      history.forget("actor", slug);
      history.remember("actor", actor.slug, actor.ref);
      actor.slug = slug;
    }
  }
  const created = known.filter((actor) => actor.created);
  await allocateIds(tx, "actor", created.map((actor) => actor.ref));
  for (const actor of created) actor.id = actor.ref.id;

  // Articles: ids first (undated meetings' keys name their article), then slugs.
  const articleRefs: Ref[] = articles.map(() => ({ id: 0 }));
  await allocateIds(tx, "article", articleRefs);
  const articleSlugs = new SlugBook(tx, "article");
  await articleSlugs.prefetch(articles.map((article) => ({ base: article.slugBase })));
  const slugs: string[] = [];
  for (const [index, article] of articles.entries()) {
    const slug = await articleSlugs.allocate(article.slugBase, null);
    articleSlugs.take(slug, articleRefs[index] ?? { id: 0 });
    history.forget("article", slug);
    slugs.push(slug);
  }

  // Meetings by key, as resolveMeetings does for a new article (no previous meetings).
  const keyed = planned.map((plans, index) =>
    plans.map((plan) => {
      const participantIds = plan.participants.map((actor) => actor.ref.id).sort((a, b) => a - b);
      return { ...plan, participantIds, key: meetingKey(plan.interaction, participantIds, articleRefs[index]?.id ?? 0) };
    }),
  );
  const keys = [...new Set(keyed.flat().map((plan) => plan.key))];
  const existing = await tx.meeting.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
  const byKey = new Map<string, Ref | BookMeeting>(existing.map((meeting) => [meeting.key, { id: meeting.id }]));
  const meetings: BookMeeting[] = [];
  const locations = new Map<number, string>();
  const meetingsByArticle: Array<Map<string, Ref>> = [];
  for (const plans of keyed) {
    const resolved = new Map<string, Ref>();
    for (const plan of plans) {
      const found = byKey.get(plan.key);
      if (!found) {
        const meeting: BookMeeting = { ref: { id: 0 }, key: plan.key, interaction: plan.interaction, participantIds: plan.participantIds, location: plan.interaction.location, slug: "", names: plan.names };
        meetings.push(meeting);
        byKey.set(plan.key, meeting);
        resolved.set(plan.interaction.id, meeting.ref);
        continue;
      }
      const location = plan.interaction.location;
      if ("ref" in found) {
        found.location ??= location;
        resolved.set(plan.interaction.id, found.ref);
      } else {
        if (location && !locations.has(found.id)) locations.set(found.id, location);
        resolved.set(plan.interaction.id, found);
      }
    }
    meetingsByArticle.push(resolved);
  }
  const meetingSlugs = new SlugBook(tx, "meeting");
  const slugBase = (meeting: BookMeeting) => meetingSlugBase(meeting.interaction.date, meeting.interaction.kind, meeting.names);
  const meetingVariant = (meeting: BookMeeting) => (meeting.interaction.kind === "meeting" ? undefined : meeting.interaction.kind);
  await meetingSlugs.prefetch(meetings.map((meeting) => ({ base: slugBase(meeting), variant: meetingVariant(meeting) })));
  for (const meeting of meetings) {
    meeting.slug = await meetingSlugs.allocate(slugBase(meeting), null, meetingVariant(meeting));
    meetingSlugs.take(meeting.slug, meeting.ref);
    history.forget("meeting", meeting.slug);
  }
  await allocateIds(tx, "meeting", meetings.map((meeting) => meeting.ref));

  await writeActors(tx, known);
  await writeArticles(tx, articles, articleRefs, slugs, extractor);
  await writeMeetings(tx, meetings, locations);
  await writeAliases(tx, aliasRows.map((row) => ({ actorId: row.actor.ref.id, alias: row.alias, articleId: articleRefs[row.article]?.id ?? 0 })));
  await history.write(tx);

  const facts = emptyFactRows();
  const results = articles.map((article, index) => {
    const articleId = articleRefs[index]?.id ?? 0;
    const actorIds = new Map([...(resolvedByArticle[index] ?? new Map<string, BookActor>())].map(([local, actor]) => [local, actor.ref.id]));
    const meetingIds = new Map([...(meetingsByArticle[index] ?? new Map<string, Ref>())].map(([local, ref]) => [local, ref.id]));
    const rows = factRows(articleId, article.header.publishedAt, article.facts, actorIds, meetingIds);
    appendFactRows(facts, rows);
    return { articleId, slug: slugs[index] ?? "", facts: countFacts(article.facts, rows) };
  });
  await insertFacts(tx, facts);
  return results;
}

const json = (rows: object[]) => JSON.stringify(rows);
const roleCount = (actor: KnownActor) => actor.roles.titles.length + actor.roles.affiliations.length;

async function writeActors(tx: Tx, known: BookActor[]): Promise<void> {
  const row = (actor: BookActor) => ({ id: actor.id, slug: actor.slug, name: actor.name, kind: actor.kind, nameKeys: nameKeys(actor.name, actor.kind), ...actor.roles });
  const created = known.filter((actor) => actor.created).map(row);
  const renamed = known.filter((actor) => !actor.created && actor.renamed).map(row);
  // Renamed actors step aside first: a slug one of them gave up may be taken by a row written below.
  if (renamed.length > 0) await tx.$executeRaw`UPDATE "actor" SET "slug" = '~' || "id"::text WHERE "id" = ANY(${renamed.map((actor) => actor.id)}::int[])`;
  if (created.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "actor" ("id", "slug", "name", "kind", "name_keys", "titles", "affiliations")
      SELECT a."id", a."slug", a."name", a."kind"::"ActorKind", a."nameKeys",
             ARRAY(SELECT DISTINCT t FROM unnest(a."titles") AS t ORDER BY 1), ARRAY(SELECT DISTINCT f FROM unnest(a."affiliations") AS f ORDER BY 1)
      FROM json_to_recordset(${json(created)}::json) AS a("id" int, "slug" text, "name" text, "kind" text, "nameKeys" text[], "titles" text[], "affiliations" text[])`;
  }
  // An actor already in the record is updated only when the batch gave it a title or affiliation it did not have.
  const grown = known.filter((actor) => !actor.created && roleCount(actor) > actor.rolesRead);
  await addToActorRoles(tx, grown.map((actor) => ({ id: actor.id, ...actor.roles })));
  if (renamed.length > 0) {
    await tx.$executeRaw`
      UPDATE "actor" t SET "name" = r."name", "slug" = r."slug", "name_keys" = r."nameKeys"
      FROM json_to_recordset(${json(renamed)}::json) AS r("id" int, "slug" text, "name" text, "kind" text, "nameKeys" text[])
      WHERE t."id" = r."id"`;
  }
}

async function writeArticles(tx: Tx, articles: PreparedArticle[], refs: Ref[], slugs: string[], extractor: string | null): Promise<void> {
  const rows = articles.map((article, index) => ({
    id: refs[index]?.id,
    slug: slugs[index],
    fileName: article.source.fileName,
    contentHash: article.source.contentHash,
    extractionHash: article.extractionHash,
    title: article.header.title,
    outlet: article.header.outlet,
    url: article.header.url,
    publishedAt: article.header.publishedAt ? isoDay(article.header.publishedAt) : null,
    body: article.source.body,
  }));
  await tx.$executeRaw`
    INSERT INTO "article" ("id", "slug", "file_name", "content_hash", "extraction_hash", "extractor", "title", "outlet", "url", "published_at", "body")
    SELECT a."id", a."slug", a."fileName", a."contentHash", a."extractionHash", ${extractor}::text, a."title", a."outlet", a."url", a."publishedAt", a."body"
    FROM json_to_recordset(${json(rows)}::json)
      AS a("id" int, "slug" text, "fileName" text, "contentHash" text, "extractionHash" text, "title" text, "outlet" text, "url" text, "publishedAt" date, "body" text)`;
}

async function writeMeetings(tx: Tx, meetings: BookMeeting[], locations: Map<number, string>): Promise<void> {
  if (meetings.length > 0) {
    const rows = meetings.map((meeting) => {
      const stored = toStoredDate(meeting.interaction.date);
      return { id: meeting.ref.id, slug: meeting.slug, key: meeting.key, kind: meeting.interaction.kind, date: stored.date ? isoDay(stored.date) : null, precision: stored.precision, location: meeting.location };
    });
    await tx.$executeRaw`
      INSERT INTO "meeting" ("id", "slug", "key", "kind", "date", "date_precision", "location")
      SELECT m."id", m."slug", m."key", m."kind"::"MeetingKind", m."date", m."precision"::"DatePrecision", m."location"
      FROM json_to_recordset(${json(rows)}::json) AS m("id" int, "slug" text, "key" text, "kind" text, "date" date, "precision" text, "location" text)`;
    const pairs = rows.flatMap((row, index) => (meetings[index]?.participantIds ?? []).map((actorId) => ({ meetingId: row.id, actorId, meetingDate: row.date })));
    if (pairs.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "meeting_participant" ("meeting_id", "actor_id", "meeting_date")
        SELECT p."meetingId", p."actorId", p."meetingDate" FROM json_to_recordset(${json(pairs)}::json) AS p("meetingId" int, "actorId" int, "meetingDate" date)`;
    }
  }
  if (locations.size > 0) {
    await tx.$executeRaw`
      UPDATE "meeting" m SET "location" = l.location
      FROM unnest(${[...locations.keys()]}::int[], ${[...locations.values()]}::text[]) AS l(id, location)
      WHERE m."id" = l.id AND m."location" IS NULL`;
  }
}

async function writeAliases(tx: Tx, rows: Array<{ actorId: number; alias: string; articleId: number }>): Promise<void> {
  if (rows.length === 0) return;
  const keyed = rows.map((row, ord) => ({ ...row, normalized: normalizeName(row.alias), ord }));
  // New articles' ids cannot already be in an alias's list, so they are appended as they come.
  await tx.$executeRaw`
    INSERT INTO "actor_alias" ("actor_id", "alias", "normalized", "article_ids")
    SELECT r."actorId", r."alias", min(r."normalized"), array_agg(r."articleId" ORDER BY r."ord")
    FROM json_to_recordset(${json(keyed)}::json) AS r("actorId" int, "alias" text, "normalized" text, "articleId" int, "ord" int)
    GROUP BY r."actorId", r."alias"
    ORDER BY min(r."ord")
    ON CONFLICT ("actor_id", "alias") DO UPDATE SET "article_ids" = coalesce("actor_alias"."article_ids", '{}') || EXCLUDED."article_ids", "normalized" = EXCLUDED."normalized"`;
}
