// What the name rules find: a span that names a person, organization, country or place.
import type { Gender } from "../lexicon";

export type MentionKind = "person" | "organization" | "country" | "place" | "unknown";

/** plural: the title is a plural noun ("officials X and Y"): evidence of a person, not a role. */
/** phraseEnd: where the whole appositive ends when it runs past the title (", the mayor of Lyon,"). */
export type TitleSpan = { text: string; start: number; end: number; affiliation: string | null; prefixStart?: number; plural?: boolean; phraseEnd?: number };

export type Mention = {
  start: number;
  end: number;
  surface: string;
  kind: MentionKind;
  sentence: number;
  paragraph: number;
  /** Index of the first and one past the last name token in the sentence's tokens. */
  tokenStart: number;
  tokenEnd: number;
  /** Person name parts as written (first may be null for "Ruiz", "Mr. Haddad"). */
  first: string | null;
  last: string | null;
  /** Canonical name of an organization, country or place from the lexicon. */
  canonical: string | null;
  title: TitleSpan | null;
  /** Every role stated beside the name ("lead author X, a climate scientist at Y,"): the title first. */
  roles: TitleSpan[];
  /** Surface including an honorific or title word before a surname-only mention ("President Haddad"). */
  titledSurface: string | null;
  gender: Gender | null;
  possessive: boolean;
  /** A possessive name before a relation noun ("Mitchell's mother"): the owner is a person. */
  relationAfter?: boolean;
  /** The name modifies a noun ("the Haddad administration"): not a reference to the person. */
  attributive: boolean;
  inQuote: boolean;
  caption: boolean;
  headline: boolean;
  /** Stands right before a reporting verb or after "said"/"according to". */
  speakerPosition: boolean;
  /** A nickname the article puts in quotation marks inside the name: "Benjamin "Bibi" Kessler". */
  nickname?: string;
  reason: string;
};

/** "according to Vestnik": one word with no given name, title or honorific, named only as a source, is more often an outlet than a person. */
export const ONE_WORD_SOURCE = "a single word after 'according to'";
