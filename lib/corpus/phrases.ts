// What the synthetic people say: sentences and clauses assembled from templates and the topic pools.
import type { Random } from "./random";
import { ADJECTIVES, COUNTRIES, TOPICS } from "./world-pools";

const MONTH_WORDS = ["January", "March", "May", "June", "September", "October", "the spring", "the autumn"] as const;

type Template = (random: Random) => string;

const SENTENCES: readonly Template[] = [
  (r) => `We will not accept a ${r.pick(TOPICS)} that puts our farmers and workers at risk.`,
  (r) => `This ${r.pick(TOPICS)} is ${r.pick(ADJECTIVES)}, and we have said so from the start.`,
  (r) => `Our position on the ${r.pick(TOPICS)} has not changed.`,
  (r) => `We expect a clear answer on the ${r.pick(TOPICS)} within ${r.int(2, 30)} days.`,
  () => "There is no agreement until everything is agreed.",
  (r) => `The people of ${r.pick(COUNTRIES).name} deserve better than this.`,
  () => "We are ready to talk, but not under pressure.",
  (r) => `It was a ${r.pick(ADJECTIVES)} meeting, and we will meet again soon.`,
  (r) => `Nobody wants the ${r.pick(TOPICS)} to fail, least of all us.`,
  (r) => `We have shown flexibility on the ${r.pick(TOPICS)}; now it is their turn.`,
  () => "The numbers simply do not add up.",
  (r) => `I told my counterpart that the ${r.pick(TOPICS)} cannot wait another year.`,
  () => "We came here to listen, and we listened.",
  (r) => `Every delay on the ${r.pick(TOPICS)} costs families money they do not have.`,
  (r) => `If the ${r.pick(TOPICS)} collapses, it will not be because of us. We have done everything that was asked of us, and more.`,
  (r) => `We owe it to the next generation to finish the ${r.pick(TOPICS)} and to finish it properly.`,
  () => "Words are cheap. What matters is what happens on the ground in the next few weeks.",
  (r) => `Let me be clear: the ${r.pick(TOPICS)} is not for sale, and it never was.`,
];

const CLAUSES: readonly Template[] = [
  (r) => `the ${r.pick(TOPICS)} would be signed before the end of the year`,
  (r) => `${r.pick(COUNTRIES).name} would not withdraw from the ${r.pick(TOPICS)}`,
  (r) => `talks on the ${r.pick(TOPICS)} would resume in ${r.pick(MONTH_WORDS)}`,
  (r) => `the government had made a ${r.pick(ADJECTIVES)} offer on the ${r.pick(TOPICS)}`,
  (r) => `the ${r.pick(TOPICS)} needed more funding than had been promised`,
  (r) => `no decision on the ${r.pick(TOPICS)} had been taken`,
  (r) => `both sides had agreed to set up a working group on the ${r.pick(TOPICS)}`,
  (r) => `the ${r.pick(TOPICS)} would cost more than the government had admitted`,
  (r) => `${r.pick(COUNTRIES).name} had asked for more time to study the ${r.pick(TOPICS)}`,
];

export function sentence(random: Random): string {
  return random.pick(SENTENCES)(random);
}

export function clause(random: Random): string {
  return random.pick(CLAUSES)(random);
}

/** A short phrase for a partial quote: "deeply flawed", "a serious mistake". */
export function shortPhrase(random: Random): string {
  return random.pick([`deeply ${random.pick(ADJECTIVES)}`, `a ${random.pick(ADJECTIVES)} step`, "a serious mistake", "a step in the right direction", `${random.pick(ADJECTIVES)} but necessary`, "too little, too late", "a matter of national survival", `the most ${random.pick(ADJECTIVES)} offer yet`]);
}
