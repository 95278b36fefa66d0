// The contract of `npm run extract`: what other tools (the ingest, the scorer) read.
// Fields beyond the published contract are optional additions, so a reader of the
// contract alone never breaks.
import { z } from "zod";

export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
/** A date at its precision: day, month or year. */
export const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

export const actorKind = z.enum(["person", "organization", "country", "group"]);
export const interactionKind = z.enum(["meeting", "call", "planned", "canceled"]);
export const quoteKind = z.enum(["direct", "partial"]);

/** A half-open range of JavaScript string indices into the article's exact text. */
export const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const role = z.object({
  title: z.string().min(1),
  affiliation: z.string().nullable(),
  /** Where the article states the role (optional addition). */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});

export const actor = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: actorKind,
  /** Surface forms as written in this article. */
  aliases: z.array(z.string()),
  roles: z.array(role),
  /** Every span that names this actor (optional addition, used for highlighting). */
  mentions: z.array(span).optional(),
});

export const evidence = span.extend({ text: z.string() });

export const interaction = z.object({
  id: z.string().min(1),
  kind: interactionKind,
  participants: z.array(z.string()),
  date: partialDate.nullable(),
  location: z.string().nullable(),
  evidence,
  /** True when the fact comes from a photo caption (optional addition). */
  caption: z.boolean().optional(),
});

export const quote = span.extend({
  id: z.string().min(1),
  speaker: z.string().nullable(),
  speakerLabel: z.string(),
  text: z.string(),
  kind: quoteKind,
  /** The interaction this was said in, when the article ties them (optional addition). */
  interaction: z.string().nullable().optional(),
  caption: z.boolean().optional(),
  /** When it was said, at the precision the text pins it ("said last week", "told … on Sunday"); null when the text does not say (pages then show "reported on" the publication date) (optional addition). */
  date: partialDate.nullable().optional(),
});

export const statement = span.extend({
  id: z.string().min(1),
  speaker: z.string().nullable(),
  speakerLabel: z.string(),
  cue: z.string(),
  text: z.string(),
  interaction: z.string().nullable().optional(),
  caption: z.boolean().optional(),
  /** When it was said, as for quotes (optional addition). */
  date: partialDate.nullable().optional(),
});

export const extractedArticle = z.object({
  file: z.string().min(1),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: isoDay.nullable(),
  /** Original URL from the manifest (optional addition). */
  url: z.string().nullable().optional(),
  actors: z.array(actor),
  interactions: z.array(interaction),
  quotes: z.array(quote),
  statements: z.array(statement),
  /** Paragraphs that are the publisher's page chrome, not the article ("Follow us on …", "Most Popular", photo credits, a repeated headline): no fact comes from them, and pages fold them away (optional addition). */
  chrome: z.array(span).optional(),
  /** Things a person should know about this file (optional addition). */
  warnings: z.array(z.string()).optional(),
});

export const extractionError = z.object({ file: z.string(), message: z.string() });

export const extractOutput = z.object({
  articles: z.array(extractedArticle),
  /** Files that could not be read or extracted (optional addition). */
  errors: z.array(extractionError).optional(),
});

export const manifestEntry = z.object({
  file: z.string().min(1),
  publishedAt: isoDay.nullable().optional(),
  outlet: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
});
export const manifest = z.array(manifestEntry);

/** What the caller knows about an article before reading it (manifest values win over inferred ones). */
export type ArticleMeta = {
  file: string;
  publishedAt?: string | null;
  outlet?: string | null;
  url?: string | null;
  title?: string | null;
};

export type ActorKind = z.infer<typeof actorKind>;
export type InteractionKind = z.infer<typeof interactionKind>;
export type QuoteKind = z.infer<typeof quoteKind>;
export type Span = z.infer<typeof span>;
export type Role = z.infer<typeof role>;
export type Actor = z.infer<typeof actor>;
export type Interaction = z.infer<typeof interaction>;
export type Quote = z.infer<typeof quote>;
export type Statement = z.infer<typeof statement>;
export type ExtractedArticle = z.infer<typeof extractedArticle>;
export type ExtractOutput = z.infer<typeof extractOutput>;
export type ManifestEntry = z.infer<typeof manifestEntry>;
