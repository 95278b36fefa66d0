// Corrections of one quote or statement: a different speaker, or marked wrong (removed from the record).
import type { Prisma } from "@/lib/db/generated/client";
import { resolveStatement } from "../fact-refs";
import { touched, type Outcome, type Stored } from "../kinds";
import { resolvePerson } from "../person-ref";

type Tx = Prisma.TransactionClient;

const missing = (text: string) => `the quote or statement "${text.slice(0, 80)}" is no longer in its article`;

export async function applySpeaker(tx: Tx, correction: Stored<"speaker">): Promise<Outcome> {
  const { statement } = correction.target;
  const id = await resolveStatement(tx, statement);
  if (id === null) return { review: missing(statement.text) };
  const speaker = await resolvePerson(tx, correction.change.speaker);
  if (!speaker) return { review: `${correction.change.speaker.name} is no longer in the record` };
  await tx.statement.update({ where: { id }, data: { speakerId: speaker.id } });
  return touched({ statementIds: [id], actorIds: [speaker.id] });
}

export async function applyHideStatement(tx: Tx, correction: Stored<"hide_statement">): Promise<Outcome> {
  const { statement } = correction.target;
  const id = await resolveStatement(tx, statement);
  // Already gone: a re-ingest that no longer finds the quote needs no review for a quote marked wrong.
  if (id === null) return touched({});
  await tx.statement.delete({ where: { id } });
  return touched({});
}
