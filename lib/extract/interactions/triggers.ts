// Words that state a meeting or a call, and words that make it planned or canceled.
/** personPartner: the partner must be a person; pairOnly: only two or more named subjects make it a meeting. */
/** remoteUnlessPlaced: leaders who "spoke with" each other did so by phone unless a place or an in-person setting is named. */
/** namingCheck: "called Y a liar" names Y, so a naming complement after the partner is no call. */
export type Trigger = { kind: "meeting" | "call"; reason: string; personPartner?: boolean; pairOnly?: boolean; remoteUnlessPlaced?: boolean; namingCheck?: boolean };

export const VERB_TRIGGERS = new Map<string, Trigger>(Object.entries({
  met: { kind: "meeting", reason: "X met (with) Y" },
  meet: { kind: "meeting", reason: "X will/was set to meet (with) Y" },
  meets: { kind: "meeting", reason: "X meets (with) Y" },
  meeting: { kind: "meeting", reason: "X is meeting (with) Y" },
  hosted: { kind: "meeting", reason: "X hosted Y" },
  hosts: { kind: "meeting", reason: "X hosts Y" },
  host: { kind: "meeting", reason: "X will host Y" },
  hosting: { kind: "meeting", reason: "X is hosting Y" },
  received: { kind: "meeting", reason: "X received Y (at the palace)" },
  welcomed: { kind: "meeting", reason: "X welcomed Y (to the capital)" },
  // "visited Israel", "visited the White House": a place or a body is no partner, so only a named person makes a visit a meeting.
  visited: { kind: "meeting", reason: "X visited Y (at the White House)", personPartner: true },
  visits: { kind: "meeting", reason: "X visits Y", personPartner: true },
  visit: { kind: "meeting", reason: "X will visit Y", personPartner: true },
  phoned: { kind: "call", reason: "X phoned Y" },
  telephoned: { kind: "call", reason: "X telephoned Y" },
} satisfies Record<string, Trigger>));
/**
 * Verbs that state a meeting or call only with a partner or a medium: "spoke by phone with", "sat down with".
 * partnerWith: the partners follow the "with" or "to" the match ends at, past a topic ("discussed trade with A and B").
 */
export const PHRASE_TRIGGERS: { match: RegExp; trigger: Trigger; partnerWith?: boolean }[] = [
  // "X discussed the border and trade with A, B and C", "X talked about the truce with A and B": a meeting of everyone
  // named (a call when by phone or video). The topic stops at a clause break, so "with" belongs to the same verb.
  { match: /^(?:discussed|discusses|discuss|discussing|talked about|talks about|talk about|talking about|spoke about|speaks about)\b[^.;:!?"\u201c\u201d]{0,100}?\swith(?=\s)/, trigger: { kind: "meeting", reason: "X discussed/talked about <topic> with A and B", personPartner: true }, partnerWith: true },
  { match: /^(?:spoke|spoken|speaks|speak|speaking|talked|talks|talk|talking)(?: [a-z]+ly)? (?:by (?:tele)?phone|on the (?:tele)?phone|over the (?:tele)?phone|by video(?: ?link| call)?|via video(?: ?link)?)\b/, trigger: { kind: "call", reason: "X spoke by phone (with Y)" } },
  { match: /^(?:spoke|spoken|speaks|speak|speaking|talked|talk|talking)(?: (?:today|yesterday|tonight|earlier|again|separately|briefly|privately|later|once|twice|repeatedly|on \p{Lu}[a-z]+day|this (?:morning|afternoon|evening|week)|last (?:week|night|month)|for (?:an|a|about|nearly|almost|more than|over) (?:\w+ )?(?:hours?|minutes?)))* with /u, trigger: { kind: "call", reason: "X spoke (today) with Y (a person, not an outlet)", personPartner: true, remoteUnlessPlaced: true }, partnerWith: true },
  { match: /^(?:sat|sit|sits|sitting) down (?:with|for)\b/, trigger: { kind: "meeting", reason: "X sat down with Y" } },
  { match: /^(?:shook|shakes|shake|shaking) hands with\b/, trigger: { kind: "meeting", reason: "X shook hands with Y" }, partnerWith: true },
  // "made his first phone call to X": the partner follows "to".
  { match: /^(?:made|makes|make|placed|places)\s(?:(?:a|an|his|her|their|the)\s)?(?:[a-z-]+\s){0,2}(?:phone |telephone )?call to(?=\s)/, trigger: { kind: "call", reason: "X made a phone call to Y", personPartner: true }, partnerWith: true },
  // "A and B spoke to each other over the hotline": the two named subjects (a call when a line is named).
  { match: /^(?:spoke|spoken|talked) (?:to|with) each other\b/, trigger: { kind: "meeting", reason: "A and B spoke to each other", pairOnly: true } },
  // "X called Y on Monday", "X calls Y" (a headline's present): a person right after the verb. Not "called on", "called for",
  // "called off", and not "called Y a liar" (checked after the partner list).
  { match: /^(?:called|calls|calling|rang)\s(?!(?:on|for|off|it|him|her|them|the|a|an|up|in|out|back|upon|into|this|that|these|those|to|me|us|you|himself|herself|themselves|again|his|their|its|our)\b)(?=\p{Lu})/u, trigger: { kind: "call", reason: "X called Y", personPartner: true, namingCheck: true } },
  // "called on the prime minister at his residence" is a visit; "called on ministers to resign" is a demand.
  { match: /^(?:called|calls|calling) on (?![^,.;]*\bto [a-z])/, trigger: { kind: "meeting", reason: "X called on Y (paid a visit)", personPartner: true } },
  { match: /^(?:spoke|talked)(?! (?:to|about|of|on behalf|out|up)\b)/, trigger: { kind: "meeting", reason: "A and B spoke (for an hour)", pairOnly: true } },
  { match: /^(?:held|holds|hold|holding|had|have|has) (?:a |an )?(?:phone |telephone |video )?call (?:with|between)\b/, trigger: { kind: "call", reason: "X held a call with Y" } },
  // "A and B discussed the gas crisis via video link": the two named subjects spoke over a screen or a line.
  { match: /^(?:discussed|discusses|discuss)\b[^.;:"\u201c]{0,100}?\b(?:via|by|over) (?:video ?link|video ?conference|video call|(?:tele)?phone)\b/, trigger: { kind: "call", reason: "A and B discussed X via video link", pairOnly: true } },
];
/** Nouns that name a meeting or call when "with" or "between" follows. */
export const NOUN_TRIGGERS = new Map<string, Trigger>(Object.entries({
  meeting: { kind: "meeting", reason: "a meeting with/between" },
  meetings: { kind: "meeting", reason: "meetings with/between" },
  talks: { kind: "meeting", reason: "talks with/between" },
  summit: { kind: "meeting", reason: "a summit with/between" },
  "sit-down": { kind: "meeting", reason: "a sit-down with" },
  call: { kind: "call", reason: "a call with" },
  "phone call": { kind: "call", reason: "a phone call with" },
  conversation: { kind: "call", reason: "a conversation with" },
  "phone conversation": { kind: "call", reason: "a phone conversation with" },
  "phone talks": { kind: "call", reason: "phone talks with" },
  "telephonic discussion": { kind: "call", reason: "a telephonic discussion with" },
  "telephonic conversation": { kind: "call", reason: "a telephonic conversation with" },
  "telephone conversation": { kind: "call", reason: "a telephone conversation with" },
  "phone discussion": { kind: "call", reason: "a phone discussion with" },
  "telephone talks": { kind: "call", reason: "telephone talks with" },
  dialogue: { kind: "meeting", reason: "a dialogue with/between; the ministers held a dialogue" },
  dinner: { kind: "meeting", reason: "a (working) dinner with" },
  lunch: { kind: "meeting", reason: "a (working) lunch with" },
  breakfast: { kind: "meeting", reason: "a breakfast with" },
} satisfies Record<string, Trigger>));
/** "A and B held talks", "A and B agreed, in a virtual summit, to": a gathering noun with no partner joins the clause's named subjects. */
export const GATHERING: Trigger = { kind: "meeting", reason: "A and B held talks / met in a summit", pairOnly: true };
// A meeting held over a screen is a call: "a virtual summit", "held via video link".
export const VIRTUAL = /\b(?:virtual(?:ly)?|via video(?: ?link)?|by video(?: ?link)?|video ?conference|videoconference|video call)\b/i;
export const PLANNED = /\b(?:set to|scheduled to|slated to|expected to|plans? to|planning to|planned|will|is to|are to|due to|going to|would meet|upcoming|next (?:week|month|year)|later this (?:week|month|year)|ahead of|agreed to (?:hold|meet|host))\b/i;
export const CANCELED = /\b(?:cancel(?:l?ed|l?ing|s)?|cancellation|called off|call off|postpone[sd]?|scrapped|scrap)\b/i;
export const COUNTERFACTUAL = /\b(?:supposed to|was to have|were to have|had been (?:due|set|scheduled|expected|slated) to|had planned to|had been planning to)\b/i;
export const IN_PERSON = /\b(?:sidelines|in person|face[- ]to[- ]face|visit(?:ed|ing)?|trip|summit|during (?:a|an|the|his|her|their) (?:meeting|visit|trip|tour))\b/i;
// A medium that makes talks a call: "held talks with X by phone on Monday".
export const BY_PHONE = /\b(?:(?:by|over the|on the) (?:tele)?phone|over (?:the |a )?hotline|telephonic(?:ally)?)\b/i;
export const PHONE = /\b(?:phone|telephone|telephonic|hotline|call|called|spoke by|video ?conference|virtual(?:ly)?)\b/i;

/** Verbs that open a phrase trigger ("spoke by phone with", "held talks"): words a role-noun subject never runs through. */
export const PHRASE_STARTS = new Set(["shook", "shakes", "shake", "shaking", "called", "calls", "calling", "spoke", "spoken", "speaks", "speak", "speaking", "talked", "talks", "talk", "talking", "sat", "sit", "sits", "sitting", "held", "holds", "hold", "holding", "had", "have", "has", "discussed", "discusses", "discuss", "discussing", "made", "makes", "make", "placed", "places"]);
