// A fresh random order for a blind round's columns ("Model A", "Model B", …).

/** A uniform random integer in [0, bound), from the platform's cryptographic generator (no modulo bias). */
export function randomBelow(bound: number): number {
  const limit = Math.floor(0x1_0000_0000 / bound) * bound;
  const word = new Uint32Array(1);
  do crypto.getRandomValues(word);
  while (word[0]! >= limit);
  return word[0]! % bound;
}

/** A shuffled copy (Fisher–Yates); `below` is the random source, replaceable in tests. */
export function shuffled<T>(items: readonly T[], below: (bound: number) => number = randomBelow): T[] {
  const result = [...items];
  for (let at = result.length - 1; at > 0; at--) {
    const other = below(at + 1);
    [result[at], result[other]] = [result[other]!, result[at]!];
  }
  return result;
}

/** "Model A" … "Model P" (a run has at most 16 columns). */
export function blindName(position: number): string {
  return `Model ${String.fromCharCode(65 + position)}`;
}
