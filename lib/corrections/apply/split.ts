// Undoes a wrong merge: what the merged person brought (their names in their articles, the mentions, roles
// and quotes at their spans, their meetings) moves from the remaining actor to an actor of their own again.
import type { Prisma } from "@/lib/db/generated/client";
import { nameKeys } from "@/lib/ingest/name-keys";
import { actorVariant, forgetSlug, freeSlug, slugify } from "@/lib/ingest/slugs";
import { resolveMeetings } from "../fact-refs";
import { touched, type Outcome, type Stored } from "../kinds";
import { resolvePerson, type FoundActor } from "../person-ref";
import type { PersonRef, Span } from "../refs";

type Tx = Prisma.TransactionClient;

const spansJson = (spans: Span[]) => JSON.stringify(spans);

export async function applySplit(tx: Tx, correction: Stored<"split">): Promise<Outcome> {
  const { from, into: intoRef, facts } = correction.target;
  const into = await resolvePerson(tx, intoRef);
  if (!into) return { review: `${intoRef.name} is no longer in the record` };
  const own = new Set(intoRef.forms.map((form) => `${form.alias}\u0000${form.articleId}`));
  const forms = from.forms.filter((form) => !own.has(`${form.alias}\u0000${form.articleId}`));
  const split = (await resolvePerson(tx, { ...from, forms }, [into.id])) ?? (await createActor(tx, from));

  await tx.$executeRaw`
    INSERT INTO "actor_alias" ("actor_id", "alias", "normalized", "article_ids")
    SELECT ${split.id}::int, al."alias", al."normalized", array_agg(DISTINCT f."articleId" ORDER BY f."articleId")
    FROM json_to_recordset(${JSON.stringify(forms)}::json) AS f("alias" text, "articleId" int)
    JOIN "actor_alias" al ON al."actor_id" = ${into.id}::int AND al."alias" = f."alias" AND f."articleId" = ANY(al."article_ids")
    GROUP BY al."alias", al."normalized"
    ON CONFLICT ("actor_id", "alias") DO UPDATE
      SET "article_ids" = ARRAY(SELECT DISTINCT unnest("actor_alias"."article_ids" || EXCLUDED."article_ids") ORDER BY 1)`;
  await tx.$executeRaw`
    UPDATE "actor_alias" al SET "article_ids" = ARRAY(
      SELECT id FROM unnest(al."article_ids") AS id
      WHERE NOT EXISTS (SELECT 1 FROM json_to_recordset(${JSON.stringify(forms)}::json) AS f("alias" text, "articleId" int) WHERE f."alias" = al."alias" AND f."articleId" = id))
    WHERE al."actor_id" = ${into.id}::int`;
  await tx.$executeRaw`DELETE FROM "actor_alias" WHERE "actor_id" = ${into.id}::int AND cardinality("article_ids") = 0`;

  await tx.$executeRaw`
    UPDATE "mention" m SET "actor_id" = ${split.id}::int FROM json_to_recordset(${spansJson(facts.mentions)}::json) AS s("articleId" int, "start" int, "end" int)
    WHERE m."actor_id" = ${into.id}::int AND m."article_id" = s."articleId" AND m."start" = s."start" AND m."end" = s."end"`;
  await tx.$executeRaw`
    UPDATE "statement" t SET "speaker_id" = ${split.id}::int FROM json_to_recordset(${spansJson(facts.statements)}::json) AS s("articleId" int, "start" int, "end" int)
    WHERE t."speaker_id" = ${into.id}::int AND t."article_id" = s."articleId" AND t."start" = s."start" AND t."end" = s."end"`;
  await tx.$executeRaw`
    UPDATE "role" r SET "actor_id" = ${split.id}::int FROM json_to_recordset(${JSON.stringify(facts.roles)}::json) AS s("articleId" int, "start" int, "end" int, "title" text)
    WHERE r."actor_id" = ${into.id}::int AND r."article_id" = s."articleId" AND r."title" = s."title"
      AND r."start" IS NOT DISTINCT FROM s."start" AND r."end" IS NOT DISTINCT FROM s."end"`;
  await moveMeetings(tx, correction.target.facts, into.id, split.id);
  return touched({ actorIds: [into.id, split.id] });
}

async function moveMeetings(tx: Tx, facts: Stored<"split">["target"]["facts"], intoId: number, splitId: number): Promise<void> {
  const kept = new Set((await Promise.all(facts.intoMeetings.map((ref) => resolveMeetings(tx, ref)))).flat());
  for (const ref of facts.meetings) {
    for (const meetingId of await resolveMeetings(tx, ref)) {
      await tx.$executeRaw`
        INSERT INTO "meeting_participant" ("meeting_id", "actor_id", "meeting_date")
        SELECT ${meetingId}::int, ${splitId}::int, "date" FROM "meeting" WHERE "id" = ${meetingId}::int
        ON CONFLICT DO NOTHING`;
      if (!kept.has(meetingId)) await tx.meetingParticipant.deleteMany({ where: { meetingId, actorId: intoId } });
    }
  }
}

const ACTOR_KINDS = ["person", "organization", "country", "group"] as const;
type ActorKind = (typeof ACTOR_KINDS)[number];
const actorKind = (kind: string): ActorKind => ACTOR_KINDS.find((known) => known === kind) ?? "person";

/** The split person gets their old address back when it is free (it redirected to the merged person). */
async function createActor(tx: Tx, person: PersonRef): Promise<FoundActor> {
  const kind = actorKind(person.kind);
  const oldSlugFree = (await freeSlug(tx, "actor", person.slug, null)) === person.slug;
  const slug = oldSlugFree ? person.slug : await freeSlug(tx, "actor", slugify(person.name), null, actorVariant(kind));
  await forgetSlug(tx, "actor", slug);
  return tx.actor.create({ data: { name: person.name, slug, kind, nameKeys: nameKeys(person.name, kind) }, select: { id: true, slug: true, name: true, kind: true } });
}
