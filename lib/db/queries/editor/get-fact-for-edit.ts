// What the editor's correction forms need about one fact: its current values, and the people to choose from
// (those its article names first, since the right speaker or participant is usually among them).
import "server-only";
import { db } from "@/lib/db/client";

const person = { id: true, slug: true, name: true } as const;

async function peopleOfArticles(articleIds: number[]) {
  const rows = await db.actor.findMany({ where: { aliases: { some: { articleIds: { hasSome: articleIds } } } }, select: person, orderBy: { name: "asc" }, take: 300 });
  return rows;
}

export async function getStatementForEdit(id: number) {
  const statement = await db.statement.findUnique({
    where: { id },
    select: { id: true, kind: true, text: true, speakerLabel: true, articleId: true, speaker: { select: person }, article: { select: { slug: true, title: true } } },
  });
  if (!statement) return null;
  return { ...statement, people: await peopleOfArticles([statement.articleId]) };
}

export async function getMeetingForEdit(slug: string) {
  const meeting = await db.meeting.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      kind: true,
      date: true,
      datePrecision: true,
      location: true,
      participants: { select: { actor: { select: person } } },
      sources: { select: { articleId: true, text: true } },
    },
  });
  if (!meeting) return null;
  return { ...meeting, people: await peopleOfArticles(meeting.sources.map((source) => source.articleId)) };
}

export async function getPersonForEdit(slug: string) {
  const actor = await db.actor.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      roles: { select: { id: true, title: true, affiliation: true, article: { select: { slug: true, title: true } } }, orderBy: { id: "asc" }, take: 200 },
    },
  });
  if (!actor) return null;
  const merges = await db.correction.findMany({
    where: { kind: "merge", status: { not: "undone" }, actorIds: { has: actor.id } },
    select: { id: true, createdAt: true, before: true },
    orderBy: { id: "asc" },
  });
  return { ...actor, merges: merges.map((merge) => ({ id: merge.id, at: merge.createdAt, mergedName: (merge.before as { from?: { name?: string } }).from?.name ?? "another person" })) };
}

/** The actor at this address now, or that it redirects to. */
export async function findActorIdBySlug(slug: string): Promise<number | null> {
  const actor = await db.actor.findUnique({ where: { slug }, select: { id: true } });
  if (actor) return actor.id;
  const old = await db.slugHistory.findUnique({ where: { owner_slug: { owner: "actor", slug } }, select: { targetId: true } });
  return old?.targetId ?? null;
}
