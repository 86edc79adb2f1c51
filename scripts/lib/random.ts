// A tiny seeded PRNG (mulberry32), for anything that must come out the same
// on every run: scale content is derived from the post's index (so
// `scale-000042` gets the same series place, dates and words everywhere), the
// Markdown benchmark's article, and the fuzz test's inputs (a failure is
// reproducible from its seed).

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` distinct integers from [0, size), in the order drawn. */
  distinct(count: number, size: number): number[];
}

/** A seed from several integers (FNV-1a over their 32-bit words). */
export function seedOf(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    hash ^= part >>> 0;
    hash = Math.imul(hash, 0x01000193);
    hash ^= Math.floor(part / 2 ** 32);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function random(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
    distinct(count, size) {
      const chosen = new Set<number>();
      const wanted = Math.min(count, size);
      while (chosen.size < wanted) chosen.add(Math.floor(next() * size));
      return [...chosen];
    },
  };
}
