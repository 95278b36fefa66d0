// Corrects a role an article gives a person: its title and affiliation.
import type { Prisma } from "@/lib/db/generated/client";
import { resolveRoles } from "../fact-refs";
import { touched, type Outcome, type Stored } from "../kinds";
import { resolvePerson } from "../person-ref";

type Tx = Prisma.TransactionClient;

export async function applyRole(tx: Tx, correction: Stored<"role">): Promise<Outcome> {
  const { role } = correction.target;
  const actor = await resolvePerson(tx, role.person);
  const ids = await resolveRoles(tx, role, actor?.id ?? null, [role.title, correction.change.title]);
  if (ids.length === 0) return { review: `the role "${role.title}" of ${role.person.name} is no longer in its article` };
  await tx.role.updateMany({ where: { id: { in: ids } }, data: { title: correction.change.title, affiliation: correction.change.affiliation } });
  return touched({ actorIds: actor ? [actor.id] : [] });
}
