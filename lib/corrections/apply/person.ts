// Corrections of a person: renamed, or marked wrong (removed with their names, mentions and roles; their
// quotes stay, without a speaker).
import type { Prisma } from "@/lib/db/generated/client";
import { renameActor } from "@/lib/ingest/slugs";
import { touched, type Outcome, type Stored } from "../kinds";
import { resolvePerson } from "../person-ref";

type Tx = Prisma.TransactionClient;

export async function applyRename(tx: Tx, correction: Stored<"rename">): Promise<Outcome> {
  const actor = await resolvePerson(tx, correction.target.person);
  if (!actor) return { review: `${correction.target.person.name} is no longer in the record` };
  if (actor.name !== correction.change.name) await renameActor(tx, actor, correction.change.name);
  return touched({ actorIds: [actor.id] });
}

export async function applyHidePerson(tx: Tx, correction: Stored<"hide_person">): Promise<Outcome> {
  const actor = await resolvePerson(tx, correction.target.person);
  if (!actor) return touched({});
  await tx.actor.delete({ where: { id: actor.id } });
  await tx.slugHistory.deleteMany({ where: { owner: "actor", targetId: actor.id } });
  return touched({});
}
