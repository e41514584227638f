// What the UI bench streams: a realistic markdown answer (prose, lists, a table, code blocks) cut into
// ~4-character deltas, the columns that receive it, and each column's provider frames.
import { seededRandom } from '../e2e/fake-providers/split-bytes.ts';
import { anthropicFrames, openAiFrames } from '../e2e/support/stream-scripts.ts';
import type { ColumnSetup } from '../src-shared/settings.ts';

const FENCE = '```';

/**
 * One section of the answer. No links, images, HTML or entities: every letter of the source is a letter
 * on screen (outside fence lines), which is how the bench tells when a chunk became visible.
 */
const SECTION = `## Choosing a sort for 10 million integers

For **10 million 64-bit integers** held in memory, an in-place quicksort variant (pdqsort or introsort) is usually the right call. It partitions in place, walks memory linearly and keeps the caches warm, while merge sort streams through an 80 MB scratch buffer.

### What matters here

- **Memory:** quicksort needs O(log n) stack; merge sort needs O(n) extra space.
- **Worst case:** introsort falls back to heapsort, so the bound stays O(n log n).
- **Stability:** merge sort keeps equal keys in order; quicksort does not.
- **Cache behaviour:** partitioning touches each cache line a few times at most.

| Criterion | Quicksort (pdqsort) | Merge sort | Radix sort |
|---|---|---|---|
| Extra memory | O(log n) | O(n) | O(n) |
| Typical time | about 0.6 s | about 0.9 s | about 0.4 s |
| Stable | no | yes | yes |
| Worst case | O(n log n) | O(n log n) | O(n) |

${FENCE}rust
fn sort_values(values: &mut Vec<i64>) {
    // pdqsort: unstable, in place, O(n log n) worst case
    values.sort_unstable();
}
${FENCE}

If the values arrive already partly sorted, pdqsort detects the runs and finishes in close to linear time. With a *known small range* of keys, a counting or radix sort beats both.

1. Measure first: load the data and time \`sort_unstable\` against \`sort\`.
2. Check whether stability matters for the records you sort.
3. Only then reach for a radix sort, which needs a second buffer.

> A sort that is fast on random input can still be slow on your input. Benchmark with real data.

${FENCE}python
import numpy as np

values = np.fromfile("values.bin", dtype=np.int64)
values.sort(kind="quicksort")  # introsort under the hood
print(values[:10])
${FENCE}

${FENCE}typescript
const values = new BigInt64Array(buffer);
values.sort(); // typed arrays sort numerically
console.log(values.subarray(0, 10));
${FENCE}

**In short:** quicksort for speed and memory, merge sort when order among equal keys must be kept.

`;

/** A line that opens or closes a fenced code block: its letters (the language) are not answer text. */
const isFenceLine = (line: string): boolean => line.trimStart().startsWith(FENCE);

/**
 * Cuts `text` into deltas of 2 to 6 characters (4 on average, like tokens), with every fence line kept
 * whole in one delta so a half-written "```py" is never on screen as prose. Deterministic for a seed.
 */
export function splitIntoDeltas(text: string, seed = 1): string[] {
  const random = seededRandom(seed);
  const deltas: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    if (isFenceLine(line)) {
      deltas.push(line);
      continue;
    }
    const chars = Array.from(line);
    for (let start = 0; start < chars.length; ) {
      const size = 2 + Math.floor(random() * 5);
      deltas.push(chars.slice(start, start + size).join(''));
      start += size;
    }
  }
  return deltas;
}

/** The answer's first `count` deltas: the section repeated as often as needed. */
export function benchAnswer(count: number): string[] {
  const deltas: string[] = [];
  for (let part = 1; deltas.length < count; part++) {
    deltas.push(...splitIntoDeltas(SECTION.replace('\n', ` (part ${part})\n`), part));
  }
  return deltas.slice(0, count);
}

function countLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) letters++;
  }
  return letters;
}

/** ASCII letters a delta puts on screen: all of its letters, none for a fence line. */
export function visibleLetters(delta: string): number {
  return isFenceLine(delta) ? 0 : countLetters(delta);
}

/** Running totals after each delta: characters of source, and letters on screen. */
export function runningTotals(deltas: readonly string[]): { chars: Int32Array; letters: Int32Array } {
  const chars = new Int32Array(deltas.length);
  const letters = new Int32Array(deltas.length);
  let charTotal = 0;
  let letterTotal = 0;
  for (const [index, delta] of deltas.entries()) {
    charTotal += delta.length;
    letterTotal += visibleLetters(delta);
    chars[index] = charTotal;
    letters[index] = letterTotal;
  }
  return { chars, letters };
}

/**
 * Which deltas main's event redactor ends by holding back (1) because the text so far could end in the
 * start of one of the user's keys: their last characters reach the window only with the next delta.
 * `tailLength` is how much of a text's end could begin a key (main's KeyPrefixTail).
 */
export function heldBack(deltas: readonly string[], tailLength: (text: string) => number): Uint8Array {
  const held = new Uint8Array(deltas.length);
  let pending = '';
  for (const [index, delta] of deltas.entries()) {
    pending += delta;
    const kept = tailLength(pending);
    pending = pending.slice(pending.length - kept);
    held[index] = kept > 0 ? 1 : 0;
  }
  return held;
}

export type BenchWire = 'openai' | 'minimax' | 'anthropic';

export interface BenchColumn {
  setup: ColumnSetup;
  /** The frames its provider sends. */
  wire: BenchWire;
  /** The max output tokens this column asks for: unique, so the fake provider knows whose request it is. */
  tag: number;
}

const BASE_COLUMNS: readonly { setup: ColumnSetup; wire: BenchWire }[] = [
  { setup: { provider: 'minimax', model: 'MiniMax-M2.7' }, wire: 'minimax' },
  { setup: { provider: 'minimax', model: 'MiniMax-M2.7', wire: 'anthropic-messages' }, wire: 'anthropic' },
  { setup: { provider: 'openai', model: 'gpt-5-mini' }, wire: 'openai' },
  { setup: { provider: 'anthropic', model: 'claude-haiku-4-5' }, wire: 'anthropic' },
  { setup: { provider: 'deepseek', model: 'deepseek-v4-flash' }, wire: 'openai' },
  { setup: { provider: 'minimax', model: 'MiniMax-M2.5' }, wire: 'minimax' },
  { setup: { provider: 'openai', model: 'gpt-5' }, wire: 'openai' },
  { setup: { provider: 'anthropic', model: 'claude-sonnet-4-5' }, wire: 'anthropic' },
];

const FIRST_TAG = 4001;

/** `count` columns: MiniMax on both wires, OpenAI, Anthropic and DeepSeek models, repeated past 8. */
export function benchColumns(count: number): BenchColumn[] {
  return Array.from({ length: count }, (_, index) => {
    const base = BASE_COLUMNS[index % BASE_COLUMNS.length]!;
    const tag = FIRST_TAG + index;
    return { setup: { ...base.setup, params: { maxOutputTokens: tag } }, wire: base.wire, tag };
  });
}

/** Which column a chat request body is from (its max output tokens), or -1. */
export function columnIndexOf(body: unknown): number {
  if (typeof body !== 'object' || body === null) return -1;
  const fields = body as { max_tokens?: unknown; max_completion_tokens?: unknown };
  const tag = fields.max_completion_tokens ?? fields.max_tokens;
  return typeof tag === 'number' && Number.isInteger(tag) ? tag - FIRST_TAG : -1;
}

export interface BenchFrames {
  frames: string[];
  /** frames[firstDelta + k] carries delta k. */
  firstDelta: number;
}

/** The frames of one answer on a wire: one frame per delta, with the wire's opening and closing frames. */
export function benchFrames(wire: BenchWire, model: string, deltas: readonly string[]): BenchFrames {
  const usage = { input: 40, output: Math.ceil(deltas.join('').length / 4) };
  if (wire === 'anthropic') {
    // message_start and the text block's content_block_start come before the first delta.
    return { frames: anthropicFrames({ model, text: [...deltas], usage }), firstDelta: 2 };
  }
  return {
    frames: openAiFrames({ model, text: [...deltas], usage, minimax: wire === 'minimax' }),
    firstDelta: 0,
  };
}
