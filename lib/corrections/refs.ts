// How a correction names what it corrects: facts by article and text span, people by the names articles call
// them. Row ids change when an article is re-ingested; these do not, so a correction finds its fact again.
import { z } from "zod";

export const spanSchema = z.object({ articleId: z.number().int(), start: z.number().int(), end: z.number().int() });
export type Span = z.infer<typeof spanSchema>;

/** A person as the articles name them: every (name, article) pair of their aliases when the correction was made. */
export const personRefSchema = z.object({
  name: z.string(),
  slug: z.string(),
  kind: z.string(),
  forms: z.array(z.object({ alias: z.string(), articleId: z.number().int() })),
});
export type PersonRef = z.infer<typeof personRefSchema>;

/** A quote or statement: the span of its words in one article. */
export const statementRefSchema = spanSchema.extend({ text: z.string() });
export type StatementRef = z.infer<typeof statementRefSchema>;

/** A meeting: the evidence sentences that report it. */
export const meetingRefSchema = z.object({ slug: z.string(), sources: z.array(spanSchema) });
export type MeetingRef = z.infer<typeof meetingRefSchema>;

/** A role: its span when extraction gave one, else the person and the title in that article. */
export const roleRefSchema = z.object({
  articleId: z.number().int(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  title: z.string(),
  person: personRefSchema,
});
export type RoleRef = z.infer<typeof roleRefSchema>;

/** The articles a person reference depends on: re-ingesting any of them may move the person's rows. */
export const personArticles = (person: PersonRef): number[] => person.forms.map((form) => form.articleId);
