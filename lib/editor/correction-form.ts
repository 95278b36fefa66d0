// An edit form's fields to a correction request. People may be given by address (slug), as editors see them
// on the site; the address is resolved to the actor there now (an old address to where it redirects).
import { correctionRequestSchema, CorrectionError, type CorrectionRequest } from "@/lib/corrections/requests";

type FindActor = (slug: string) => Promise<number | null>;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

/** Addresses from a select of several, or typed separated by commas; "/people/x" and "x" are the same address. */
function slugsOf(form: FormData, name: string): string[] {
  return form
    .getAll(name)
    .flatMap((value) => (typeof value === "string" ? value.split(",") : []))
    .map((value) => value.trim().replace(/^.*\/people\//, "").replace(/[?#].*$/, ""))
    .filter(Boolean);
}

async function actorIdOf(findActor: FindActor, slug: string | undefined, field: string): Promise<number | undefined> {
  if (!slug) return undefined;
  const id = await findActor(slug.replace(/^.*\/people\//, ""));
  if (id === null) throw new CorrectionError(`${field}: no person at the address "${slug}"`);
  return id;
}

export async function formToRequest(form: FormData, findActor: FindActor): Promise<CorrectionRequest> {
  const participants = slugsOf(form, "participant");
  const fields = {
    kind: text(form, "kind"),
    statementId: text(form, "statementId"),
    meetingId: text(form, "meetingId"),
    actorId: text(form, "actorId"),
    roleId: text(form, "roleId"),
    mergeId: text(form, "mergeId"),
    speakerId: text(form, "speakerId") ?? (await actorIdOf(findActor, text(form, "speaker"), "speaker")),
    fromId: text(form, "fromId") ?? (await actorIdOf(findActor, text(form, "from"), "merge")),
    intoId: text(form, "intoId") ?? (await actorIdOf(findActor, text(form, "into"), "merge into")),
    meetingKind: text(form, "meetingKind"),
    // An empty date field leaves the date alone; "unknown" clears it.
    date: text(form, "date") === "unknown" ? "" : text(form, "date"),
    location: form.has("location") ? String(form.get("location") ?? "").trim() : undefined,
    participantIds: participants.length > 0 ? await Promise.all(participants.map((slug) => actorIdOf(findActor, slug, "participant"))) : undefined,
    name: text(form, "name"),
    title: text(form, "title"),
    affiliation: form.has("affiliation") ? String(form.get("affiliation") ?? "").trim() : undefined,
    reason: text(form, "reason"),
  };
  const parsed = correctionRequestSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorrectionError(`${issue?.path.join(".") || "form"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}
