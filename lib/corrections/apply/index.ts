// One application function per kind of correction. Each is idempotent: applying a correction to a record that
// already shows it changes nothing, so every correction can be re-applied after every re-ingest.
import type { Prisma } from "@/lib/db/generated/client";
import { refreshActorRoles } from "@/lib/ingest/actor-roles";
import type { Outcome, StoredCorrection } from "../kinds";
import { applyHideMeeting, applyMeetingFix } from "./meeting";
import { applyMerge } from "./merge";
import { applyHidePerson, applyRename } from "./person";
import { applyRole } from "./role";
import { applySplit } from "./split";
import { applyHideStatement, applySpeaker } from "./statement";

type Tx = Prisma.TransactionClient;

// Corrections that move or change roles: the titles and affiliations kept on each actor follow them.
const MOVES_ROLES = new Set<StoredCorrection["kind"]>(["merge", "split", "role"]);

export async function applyCorrection(tx: Tx, correction: StoredCorrection): Promise<Outcome> {
  const outcome = await applyKind(tx, correction);
  if ("touched" in outcome && MOVES_ROLES.has(correction.kind)) await refreshActorRoles(tx, outcome.touched.actorIds);
  return outcome;
}

function applyKind(tx: Tx, correction: StoredCorrection): Promise<Outcome> {
  switch (correction.kind) {
    case "speaker":
      return applySpeaker(tx, correction);
    case "hide_statement":
      return applyHideStatement(tx, correction);
    case "hide_meeting":
      return applyHideMeeting(tx, correction);
    case "hide_person":
      return applyHidePerson(tx, correction);
    case "meeting":
      return applyMeetingFix(tx, correction);
    case "merge":
      return applyMerge(tx, correction);
    case "split":
      return applySplit(tx, correction);
    case "rename":
      return applyRename(tx, correction);
    case "role":
      return applyRole(tx, correction);
  }
}
