// A deterministic corpus of synthetic articles for measuring speed and scale. Article i depends only on the
// seed and the articles before it, so the first 100 articles of a 10,000-article corpus are the 100-article corpus.
import { createHash } from "node:crypto";
import type { ManifestEntry } from "@/lib/extract/schema";
import { composeArticle, type Interaction } from "./article";
import { addDays, FIRST_DAY, isoDay, LAST_DAY } from "./calendar";
import { buildCast, type Cast } from "./cast";
import { createRandom, type Random } from "./random";
import { slugify } from "./slugify";

export type GeneratedArticle = { file: string; text: string; entry: ManifestEntry };

const DAYS = Math.round((LAST_DAY - FIRST_DAY) / 86_400_000);
const KINDS: Interaction["kind"][] = ["meeting", "call", "planned", "canceled"];
const KIND_WEIGHTS = [0.62, 0.22, 0.1, 0.06];
// Share of articles that report an event another article already reported (the same meeting, several sources).
const FOLLOW_UP = 0.2;

function newEvent(random: Random, cast: Cast): Interaction {
  const kind = KINDS[random.weighted(KIND_WEIGHTS)] ?? "meeting";
  const people: Interaction["people"] = [];
  const wanted = random.chance(0.25) ? 3 : 2;
  for (let tries = 0; people.length < wanted && tries < 20; tries++) {
    const person = cast.draw(random);
    if (!people.includes(person)) people.push(person);
  }
  const host = people[0];
  const city = host?.country?.capital ?? random.pick(cast.people.flatMap((person) => (person.country ? [person.country.capital] : [])).slice(0, 50));
  return { kind, people, day: addDays(FIRST_DAY, random.int(0, DAYS)), city };
}

export function* generateArticles(options: { articles: number; seed: number }): Generator<GeneratedArticle> {
  const cast = buildCast(options.seed);
  const random = createRandom(options.seed);
  const recent: Interaction[] = [];
  for (let index = 0; index < options.articles; index++) {
    const followUp = recent.length > 0 && random.chance(FOLLOW_UP);
    const event = followUp ? random.pick(recent) : newEvent(random, cast);
    if (!followUp) recent.splice(0, recent.length >= 40 ? 1 : 0, event);
    // Meetings are reported from the same day to a few days later; planned ones before they happen.
    const published = event.kind === "planned" ? addDays(event.day, -random.int(1, 6)) : addDays(event.day, random.int(0, 3));
    const article = composeArticle(random, cast, event, published);
    const file = `${String(index).padStart(6, "0")}_${createHash("sha256").update(`${options.seed}:${index}`).digest("hex").slice(0, 12)}.txt`;
    const day = isoDay(published);
    const entry: ManifestEntry = {
      file,
      publishedAt: day,
      outlet: random.chance(0.9) ? article.outlet.name : null,
      url: random.chance(0.85) ? `https://${article.outlet.domain}/${day.slice(0, 4)}/${day.slice(5, 7)}/${slugify(article.title)}-${index}` : null,
      title: random.chance(0.9) ? article.title : null,
    };
    yield { file, text: article.text, entry };
  }
}
