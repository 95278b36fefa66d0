// What each kind of correction stores: the fact it names (target) and what it sets (change). The `before`
// column keeps what the record said when the correction was made, for the history; it is never re-applied.
import { z } from "zod";
import { meetingRefSchema, personRefSchema, roleRefSchema, spanSchema, statementRefSchema } from "./refs";

/** What a merged person brought with them (spans of their mentions, roles and quotes; their meetings), so a split can take it back. */
export const mergedFactsSchema = z.object({
  mentions: z.array(spanSchema),
  roles: z.array(spanSchema.extend({ start: z.number().int().nullable(), end: z.number().int().nullable(), title: z.string() })),
  statements: z.array(spanSchema),
  meetings: z.array(meetingRefSchema),
  /** The meetings the remaining person had before the merge: they keep those. */
  intoMeetings: z.array(meetingRefSchema),
});
export type MergedFacts = z.infer<typeof mergedFactsSchema>;

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date is YYYY, YYYY-MM or YYYY-MM-DD");

export const storedCorrectionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("speaker"), target: z.object({ statement: statementRefSchema }), change: z.object({ speaker: personRefSchema }) }),
  z.object({ kind: z.literal("hide_statement"), target: z.object({ statement: statementRefSchema }), change: z.object({}) }),
  z.object({ kind: z.literal("hide_meeting"), target: z.object({ meeting: meetingRefSchema }), change: z.object({}) }),
  z.object({ kind: z.literal("hide_person"), target: z.object({ person: personRefSchema }), change: z.object({}) }),
  z.object({
    kind: z.literal("meeting"),
    target: z.object({ meeting: meetingRefSchema }),
    change: z.object({
      kind: z.enum(["meeting", "call", "planned", "canceled"]).optional(),
      /** null: the date is unknown. */
      date: partialDate.nullable().optional(),
      location: z.string().nullable().optional(),
      participants: z.array(personRefSchema).optional(),
    }),
  }),
  z.object({ kind: z.literal("merge"), target: z.object({ from: personRefSchema, into: personRefSchema }), change: z.object({}) }),
  z.object({ kind: z.literal("split"), target: z.object({ merge: z.number().int(), from: personRefSchema, into: personRefSchema, facts: mergedFactsSchema }), change: z.object({}) }),
  z.object({ kind: z.literal("rename"), target: z.object({ person: personRefSchema }), change: z.object({ name: z.string().min(1) }) }),
  z.object({ kind: z.literal("role"), target: z.object({ role: roleRefSchema }), change: z.object({ title: z.string().min(1), affiliation: z.string().nullable() }) }),
]);

export type StoredCorrection = z.infer<typeof storedCorrectionSchema>;
export type CorrectionKind = StoredCorrection["kind"];
export type Stored<K extends CorrectionKind> = Extract<StoredCorrection, { kind: K }>;

/** The rows an application touched, kept on the correction for notes and history views. */
export type Touched = { actorIds: number[]; meetingIds: number[]; statementIds: number[] };
/** An application either changed the record or could not find what it names (then it waits for review). */
export type Outcome = { touched: Touched } | { review: string };

export const touched = (parts: Partial<Touched>): Outcome => ({ touched: { actorIds: [], meetingIds: [], statementIds: [], ...parts } });
