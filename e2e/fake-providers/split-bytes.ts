/** Cuts `bytes` at the given offsets (out-of-range and duplicate offsets are ignored); no piece is empty. */
export function splitAt(bytes: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const cuts = [...new Set(offsets)]
    .filter((offset) => offset > 0 && offset < bytes.length)
    .sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const cut of cuts) {
    pieces.push(bytes.subarray(start, cut));
    start = cut;
  }
  if (start < bytes.length || bytes.length === 0) pieces.push(bytes.subarray(start));
  return pieces;
}

/** Cuts `bytes` into pieces of `size` bytes (the last may be shorter). */
export function splitEvery(bytes: Uint8Array, size: number): Uint8Array[] {
  const step = Math.max(1, Math.floor(size));
  const offsets: number[] = [];
  for (let offset = step; offset < bytes.length; offset += step) offsets.push(offset);
  return splitAt(bytes, offsets);
}

/** A small deterministic PRNG (mulberry32): the same seed always gives the same split. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Cuts `bytes` into `count` non-empty pieces at seeded random offsets (fewer if there are too few bytes). */
export function splitRandom(bytes: Uint8Array, count: number, seed: number): Uint8Array[] {
  const wanted = Math.min(Math.max(1, Math.floor(count)), Math.max(1, bytes.length)) - 1;
  const random = seededRandom(seed);
  const offsets = new Set<number>();
  while (offsets.size < wanted) offsets.add(1 + Math.floor(random() * (bytes.length - 1)));
  return splitAt(bytes, [...offsets]);
}
