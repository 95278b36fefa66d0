// Sentences that add people to a meeting stated before: attendees, delegations, companions.
import type { PatternRule } from "./pattern-rule";

/**
 * names: where the joining people are named (before the match: its subject; after it: its list).
 * joins: the meeting they join: the last one held, the last one planned, or the last one stated ("them").
 * planned: the result lies ahead ("is expected to join them at a follow-up meeting").
 * member: one of the people named before the match must already be in the meeting ("X was accompanied by A").
 * remote: the joiner took part by phone or video, so with them the meeting was a call.
 */
export type JoinRule = PatternRule & { names: "before" | "after" | "both"; joins: "held" | "planned" | "them"; planned?: boolean; member?: boolean; remote?: boolean };

// The gathering a sentence refers back to, with up to three modifiers ("the smaller, closed-door session").
// A signing ceremony gathers its own people (ceremony-rules.ts).
const GATHERING = String.raw`(?:[\p{L}'’,-]+ ){0,3}(?:meeting|meetings|talks|summit|session|dinner|lunch|breakfast|discussions?|negotiations|gathering)\b`;
const rx = (source: string, flags = "u") => new RegExp(source, flags);

export const JOIN_RULES: readonly JoinRule[] = [
  {
    name: "attended-by",
    reason: "the meeting was attended by A, B and C: they were at the meeting just stated",
    hints: ["attended"],
    pattern: rx(String.raw`\bthe ${GATHERING} (?:was|were) (?:also )?attended by `, "iu"),
    names: "after",
    joins: "held",
    matches: ["The meeting was attended by Energy Minister Lina Park.", "A statement said the talks were also attended by Envoy Tom Reed."],
    misses: ["The rally was attended by thousands.", "Reed attended the meeting.", "The signing ceremony was attended by Envoy Tom Reed."],
  },
  {
    name: "delegation-included",
    reason: "a delegation's members listed after a meeting are participants of it",
    hints: ["delegation", "delegations"],
    pattern: rx(String.raw`\bdelegations? (?:also )?(?:included|comprised|consisted of|was made up of|was composed of)\b`),
    names: "after",
    joins: "held",
    matches: ["The French delegation included Minister Ana Ruiz and Adviser Tom Reed."],
    misses: ["The delegation will include Minister Ana Ruiz.", "A delegation arrived on Monday."],
  },
  {
    name: "represented-by",
    reason: "a side of the talks 'was represented by' its delegates",
    hints: ["represented"],
    pattern: rx(String.raw`\b(?:was|were) represented (?:at the talks |in the talks |at the meeting )?by\b`),
    names: "after",
    joins: "held",
    matches: ["Brazil was represented by Minister Ana Ruiz and Adviser Tom Reed."],
    misses: ["Ruiz represented Brazil at the talks.", "Brazil is represented in the senate."],
  },
  {
    name: "which-included",
    reason: "the meeting, which also included X: X was in it",
    hints: ["included"],
    pattern: rx(String.raw`^(?:The|the) (?:meeting|talks|summit|session|dinner|lunch|call), which (?:also )?included\b`),
    names: "after",
    joins: "held",
    matches: ["The meeting, which also included Minister Ana Ruiz, lasted two hours."],
    misses: ["The package, which included loans, was approved."],
  },
  {
    name: "phone-in-from",
    reason: "the meeting included a phone-in from X: X took part by phone, a call with everyone in the room",
    hints: ["phone-in"],
    pattern: rx(String.raw`\ba phone-in from\b`),
    names: "after",
    joins: "held",
    remote: true,
    matches: ["The meeting, which included a phone-in from President Omar Haddad, ran late."],
    misses: ["The radio phone-in was popular."],
  },
  {
    name: "joined-remotely",
    reason: "X joined (the meeting) by phone or video link: a call with everyone in it",
    hints: ["joined"],
    pattern: rx(String.raw`\s(?:also |later )?joined (?:the (?:meeting|talks|summit|session) |them )?(?:by (?:tele)?phone|by video(?: ?link)?|via video(?: ?link)?|remotely|virtually|online)\b`),
    names: "before",
    joins: "held",
    remote: true,
    matches: ["President Omar Haddad joined by phone.", "Minister Lina Park joined the meeting via video link."],
    misses: ["Minister Lina Park joined the meeting on Monday."],
  },
  {
    name: "joined-the-meeting",
    reason: "A and B joined the meeting (later): they were in it",
    hints: ["joined"],
    pattern: rx(String.raw`\s(?:also |later |then )?joined (?:the|them (?:at|in|for) the) ${GATHERING}`, "u"),
    names: "before",
    joins: "held",
    matches: ["Minister Ana Ruiz and Adviser Tom Reed joined the meeting, the report said.", "Envoy Tom Reed later joined the talks."],
    misses: ["Ruiz joined the government in May.", "Reed joined the protest."],
  },
  {
    name: "participated-in",
    reason: "A and B also participated in the meeting / took part in the talks",
    hints: ["participated", "took", "part"],
    pattern: rx(String.raw`\s(?:also )?(?:participated|took part|sat) in the ${GATHERING}`, "u"),
    names: "before",
    joins: "held",
    matches: ["Minister Ana Ruiz and Adviser Tom Reed also participated in the meeting.", "Envoy Tom Reed took part in the talks."],
    misses: ["Reed participated in the election.", "Ruiz took part in the vote."],
  },
  {
    name: "present-at",
    reason: "X was also present at the dinner: X was in it",
    hints: ["present"],
    pattern: rx(String.raw`\s(?:was|were) (?:also )?present (?:at|for|during|in) the ${GATHERING}`, "u"),
    names: "before",
    joins: "held",
    matches: ["Envoy Tom Reed, a close adviser, was also present at the dinner."],
    misses: ["Reed was present at the vote.", "Ruiz will be present in the chamber."],
  },
  {
    name: "attended-the-meeting",
    reason: "X (was among those who) attended the meeting (along with Y): they were in the meeting stated before",
    hints: ["attended"],
    pattern: rx(String.raw`\s(?:(?:was|were) among (?:those|the officials|the people) who )?attended the ${GATHERING}(?!\s+with\b)(?:,? (?:along|together) with\b)?`, "u"),
    names: "both",
    joins: "held",
    matches: ["Adviser Tom Reed was among those who attended the meeting along with aide Lina Park.", "Envoy Tom Reed attended the talks."],
    misses: ["Reed attended the smaller session with Adviser Lina Park.", "Reed attended church on Sunday."],
  },
  {
    name: "attended-the-session-with",
    reason: "X attended the (smaller) session with A and B: X's companions joined the meeting X was in",
    hints: ["attended"],
    pattern: rx(String.raw`\sattended the ${GATHERING} with\b`, "u"),
    names: "both",
    joins: "held",
    member: true,
    matches: ["President Ana Ruiz attended the smaller session with Adviser Tom Reed."],
    misses: ["Ruiz attended the meeting on Monday."],
  },
  {
    name: "accompanied-by",
    reason: "X was accompanied by A and B: at the meeting X was in, so were they",
    hints: ["accompanied"],
    pattern: rx(String.raw`\s(?:was|were) (?:also )?accompanied by\b`, "u"),
    names: "both",
    joins: "held",
    member: true,
    matches: ["President Omar Haddad was accompanied by Foreign Minister Lina Park."],
    misses: ["The music accompanied the dancers."],
  },
  {
    name: "expected-to-attend",
    reason: "X is expected to attend the summit: one more for the summit planned before",
    hints: ["attend", "join"],
    pattern: rx(String.raw`\s(?:is|are) (?:also )?(?:expected|set|scheduled|due|slated|going) to (?:attend|join) the (?:[a-z-]+ )?(?:summit|meeting|talks|gathering|session)\b`),
    names: "before",
    joins: "planned",
    planned: true,
    matches: ["Premier Lina Park is expected to attend the summit, a source said."],
    misses: ["Premier Lina Park attended the summit."],
  },
  {
    name: "join-them-at",
    reason: "X will join them at a follow-up meeting: the people of the meeting just stated, ahead",
    hints: ["join"],
    pattern: rx(String.raw`\s(?:is|are) (?:also )?(?:expected|set|scheduled|due|slated|going) to join them at (?:a|an|the) (?:[a-z-]+ )?(?:meeting|summit|session|talks)\b`),
    names: "before",
    joins: "them",
    planned: true,
    matches: ["Adviser Tom Reed is expected to join them at a follow-up meeting next week."],
    misses: ["Adviser Tom Reed joined them for dinner."],
  },
];
