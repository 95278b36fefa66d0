// One synthetic news article: a headline, a lead reporting a meeting or call, quotes, reported speech,
// background and the boilerplate lines outlets add. People are introduced in full, then by family name.
import type { Cast, Person } from "./cast";
import { addDays, dateExpression, isoDay } from "./calendar";
import { clause, sentence, shortPhrase } from "./phrases";
import type { Random } from "./random";
import { ADJECTIVES, EVENTS, OUTLETS, REPORTERS, TOPICS, VENUES } from "./world-pools";

export type Interaction = { kind: "meeting" | "call" | "planned" | "canceled"; people: Person[]; day: number; city: string };

export type ComposedArticle = { title: string; text: string; outlet: (typeof OUTLETS)[number] };

function introduce(person: Person): string {
  if (person.country) return `${person.country.demonym} ${person.title} ${person.name}`;
  return `${person.name}, the ${person.title} of the ${person.organization},`;
}

/** Names people the way an article does: the full form once, the family name after that. */
function namer() {
  const seen = new Set<Person>();
  return (person: Person, allowIntroduction = true) => {
    if (seen.has(person) || !allowIntroduction) return person.family;
    seen.add(person);
    return introduce(person);
  };
}

const list = (names: string[]) => (names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);
// An introduction ending in a comma ("X, the director of Y,") loses it before a full stop or a colon.
const tidy = (text: string) => text.replace(/,(?=[.:])/g, "");

function lead(random: Random, event: Interaction, published: number, name: ReturnType<typeof namer>): string {
  const [host, ...guests] = event.people;
  if (!host) return "";
  const when = dateExpression(event.day, published);
  const topic = random.pick(TOPICS);
  const others = list(guests.map((person) => name(person)));
  switch (event.kind) {
    case "meeting":
      return random.chance(0.5)
        ? tidy(`${name(host)} met with ${others} in ${event.city} ${when}, in talks that focused on the ${topic}.`)
        : tidy(`${name(host)} held talks with ${others} at ${random.pick(VENUES)} in ${event.city} ${when}.`);
    case "call":
      return tidy(`${name(host)} spoke by phone with ${others} ${when} about the ${topic}, according to a readout of the call.`);
    case "planned":
      return tidy(`${name(host)} is scheduled to meet ${others} in ${event.city} next week to discuss the ${topic}.`);
    case "canceled":
      return tidy(`${name(host)} canceled a planned meeting with ${others} in ${event.city} after ${random.pick(EVENTS)}.`);
  }
}

function quoteParagraph(random: Random, speaker: Person, name: ReturnType<typeof namer>): string {
  const who = name(speaker);
  switch (random.int(0, 5)) {
    case 0:
      return tidy(`"${sentence(random).replace(/\.$/, ",")}" ${who} said.`);
    case 1:
      return tidy(`${who} said: "${sentence(random)} ${sentence(random)}"`);
    case 2:
      return tidy(`"${sentence(random).replace(/\.$/, ",")}" ${who} told reporters. "${sentence(random)}"`);
    case 3:
      return tidy(`${who} called the ${random.pick(TOPICS)} "${shortPhrase(random)}" and said the talks had been "${random.pick(ADJECTIVES)}."`);
    case 4:
      return tidy(`${who} said ${clause(random)}.`);
    default:
      return tidy(`According to ${who}, ${clause(random)}.`);
  }
}

const BACKGROUND: readonly ((random: Random, year: number) => string)[] = [
  (r, year) => `The ${r.pick(TOPICS)} has divided the government since ${year}, when a first draft was rejected by a narrow margin.`,
  (r, year) => `Officials have met several times since ${year} without settling the ${r.pick(TOPICS)}, and each round has ended with a promise to meet again.`,
  (r) => `Critics say the ${r.pick(TOPICS)} has been delayed too often. Markets reacted calmly to the news, and the currency was little changed by the afternoon.`,
  () => "Negotiators from both sides are expected to continue work on the details over the coming weeks, diplomats familiar with the talks said.",
  (r) => `The ${r.pick(TOPICS)} is worth an estimated ${r.int(2, 90)} billion dollars over ten years, according to figures published by the finance ministry.`,
  (r) => `Opposition lawmakers have asked for the text of the ${r.pick(TOPICS)} to be published before any vote, and several have threatened to withdraw their support.`,
  (r) => `A ${r.pick(ADJECTIVES)} round of talks in ${r.int(2, 12) > 6 ? "the spring" : "the autumn"} produced a joint statement but no timetable.`,
];

function background(random: Random, published: number): string {
  return random.pick(BACKGROUND)(random, new Date(published).getUTCFullYear() - random.int(1, 6));
}

function headline(random: Random, event: Interaction): string {
  const [host, guest] = event.people;
  const topic = random.pick(TOPICS);
  if (!host || !guest) return `New push on the ${topic}`;
  if (event.kind === "call") return `${host.family} and ${guest.family} discuss ${topic} by phone`;
  if (event.kind === "canceled") return `${host.family} calls off meeting with ${guest.family}`;
  if (event.kind === "planned") return `${host.family} to meet ${guest.family} in ${event.city}`;
  return random.pick([`${host.family} and ${guest.family} meet in ${event.city} over ${topic}`, `${host.family} hosts ${guest.family} as ${topic} talks resume`, `Talks on ${topic} move ahead after ${host.family}-${guest.family} meeting`]);
}

export function composeArticle(random: Random, cast: Cast, event: Interaction, published: number): ComposedArticle {
  const outlet = random.pick(OUTLETS);
  const name = namer();
  const speakers = [...event.people, ...Array.from({ length: random.int(1, 3) }, () => cast.draw(random))];
  const paragraphs = [lead(random, event, published, name)];
  if (random.chance(0.3)) paragraphs.push(`Follow ${outlet.name} for live updates.`);
  const body = random.int(10, 24);
  for (let index = 0; index < body; index++) {
    paragraphs.push(random.chance(0.65) ? quoteParagraph(random, random.pick(speakers), name) : background(random, published));
  }
  if (random.chance(0.4)) {
    const [a, b] = random.sample(speakers, 2);
    if (a && b && a !== b) paragraphs.push(tidy(`${name(a)} and ${name(b)} also spoke by phone ${dateExpression(addDays(published, -random.int(1, 20)), published)}.`));
  }
  paragraphs.push(random.pick([`Reporting by ${random.pick(REPORTERS)}; editing by ${random.pick(REPORTERS)}`, `Sign up for the ${outlet.name} morning briefing.`, `Copyright ${isoDay(published).slice(0, 4)} ${outlet.name}. All rights reserved.`]));
  return { title: headline(random, event), text: paragraphs.join("\n") + "\n", outlet };
}
