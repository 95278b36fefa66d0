// One line per correction for the history views: what changed, from what, to what. Reads the stored JSON
// defensively: a history written by an older version of Readout must still display.

type Json = Record<string, unknown>;

const object = (value: unknown): Json => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const nameOf = (value: unknown): string => str(object(value).name) ?? "someone";
const quoted = (text: unknown) => `“${(str(text) ?? "").slice(0, 120)}${(str(text) ?? "").length > 120 ? "…" : ""}”`;
const names = (value: unknown) => (Array.isArray(value) ? value.map(nameOf).join(", ") : "");

const DESCRIBE: Record<string, (before: Json, change: Json) => string> = {
  speaker: (before, change) => `Speaker of ${quoted(before.text)} changed from ${before.speaker ? nameOf(before.speaker) : str(before.speakerLabel) ?? "no one"} to ${nameOf(change.speaker)}`,
  hide_statement: (before) => `${before.kind === "indirect" ? "Statement" : "Quote"} ${quoted(before.text)} marked wrong and removed`,
  hide_meeting: (before) => `Meeting ${str(before.slug) ?? ""} marked wrong and removed (was: ${str(before.kind) ?? "meeting"}, ${str(before.date) ?? "undated"}, ${names(before.participants)})`.replace("  ", " "),
  hide_person: (before) => `${nameOf(before)} marked wrong and removed`,
  meeting: (before, change) => {
    const parts: string[] = [];
    if ("kind" in change) parts.push(`kind ${str(before.kind)} → ${str(change.kind)}`);
    if ("date" in change) parts.push(`date ${str(before.date)?.slice(0, before.precision === "year" ? 4 : before.precision === "month" ? 7 : 10) ?? "unknown"} → ${str(change.date) ?? "unknown"}`);
    if ("location" in change) parts.push(`place ${str(before.location) ?? "none"} → ${str(change.location) ?? "none"}`);
    if ("participants" in change) parts.push(`participants ${names(before.participants)} → ${names(change.participants)}`);
    return `Meeting corrected: ${parts.join("; ")}`;
  },
  merge: (before) => `${nameOf(before.from)} merged into ${nameOf(before.into)}`,
  split: (before) => `${nameOf(before.merged)} split again from ${nameOf(before.into)}`,
  rename: (before, change) => `Renamed from ${nameOf(before)} to ${str(change.name) ?? "?"}`,
  role: (before, change) => `Role of ${str(before.person) ?? "someone"} changed from ${[str(before.title), str(before.affiliation)].filter(Boolean).join(", ")} to ${[str(change.title), str(change.affiliation)].filter(Boolean).join(", ")}`,
};

export function describeCorrection(kind: string, before: unknown, change: unknown): string {
  return DESCRIBE[kind]?.(object(before), object(change)) ?? `Correction (${kind})`;
}

/** "speaker corrected", "date and place corrected": the public note beside a fact. */
export function noteText(fields: string[], kind: string): string {
  if (kind === "merge") return "merged with another entry";
  if (kind === "split") return "split from a wrongly merged entry";
  if (kind === "rename") return "name corrected";
  if (kind === "role") return "role corrected";
  const list = fields.length <= 1 ? (fields[0] ?? "details") : `${fields.slice(0, -1).join(", ")} and ${fields.at(-1)}`;
  return `${list} corrected`;
}
