// What an editor asks for, by the ids of the rows they see on a page. build-correction.ts turns a request into
// a stored correction that names its facts by span instead.
import { z } from "zod";

const id = z.coerce.number().int().positive();
const reason = z.string().trim().max(2000).optional().transform((value) => value || null);
const partialDate = z.string().trim().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date is YYYY, YYYY-MM or YYYY-MM-DD");

export const correctionRequestSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("speaker"), statementId: id, speakerId: id, reason }),
  z.object({ kind: z.literal("hide_statement"), statementId: id, reason }),
  z.object({ kind: z.literal("hide_meeting"), meetingId: id, reason }),
  z.object({ kind: z.literal("hide_person"), actorId: id, reason }),
  z.object({
    kind: z.literal("meeting"),
    meetingId: id,
    meetingKind: z.enum(["meeting", "call", "planned", "canceled"]).optional(),
    /** "" clears the date (unknown). */
    date: z.union([partialDate, z.literal("")]).optional(),
    location: z.string().trim().max(200).optional(),
    participantIds: z.array(id).min(1, "a meeting needs at least one participant").optional(),
    reason,
  }),
  z.object({ kind: z.literal("merge"), fromId: id, intoId: id, reason }),
  z.object({ kind: z.literal("split"), mergeId: id, reason }),
  z.object({ kind: z.literal("rename"), actorId: id, name: z.string().trim().min(1, "the name is empty").max(200), reason }),
  z.object({ kind: z.literal("role"), roleId: id, title: z.string().trim().min(1, "the title is empty").max(200), affiliation: z.string().trim().max(200).optional(), reason }),
]);

export type CorrectionRequest = z.infer<typeof correctionRequestSchema>;

/** A request that names something not in the record, or asks for nothing; the message says which. */
export class CorrectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CorrectionError";
  }
}
