// A seeded random source: the same seed gives the same corpus on every machine and Node version.

export type Random = {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** Index drawn with weights (need not sum to 1). */
  weighted(weights: readonly number[]): number;
  /** `count` distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
};

// mulberry32: 32-bit state, fast, and good enough for shaping synthetic text.
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(next() * items.length)] as T;
  };
  const weighted = (weights: readonly number[]) => {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let target = next() * total;
    for (const [index, weight] of weights.entries()) {
      target -= weight;
      if (target < 0) return index;
    }
    return weights.length - 1;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const taken: T[] = [];
    while (taken.length < count && pool.length > 0) taken.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    return taken;
  };
  return { next, int, pick, chance: (probability) => next() < probability, weighted, sample };
}

/** Cumulative Zipf weights for `size` ranks: a few items are common, most are rare, as names in news are. */
export function zipfTable(size: number, exponent: number): Float64Array {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let rank = 1; rank <= size; rank++) {
    sum += 1 / rank ** exponent;
    cumulative[rank - 1] = sum;
  }
  return cumulative;
}

/** A rank drawn from a cumulative table, by binary search. */
export function drawRank(random: Random, cumulative: Float64Array): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const target = random.next() * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}
