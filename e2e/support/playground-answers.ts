// What the fake providers answer in the Playground tests: realistic markdown (tables, code, lists),
// different per provider, so screenshots look like a real comparison.

export const PROMPT = 'Quicksort or merge sort for 10 million 64-bit integers in memory? Be concrete.';
export const FOLLOW_UP = 'And if the data arrives as a stream that does not fit in memory?';

export const MINIMAX_THINKING =
  'The user wants a concrete choice for in-memory sorting of 10M int64 values. Compare cache behaviour, worst case, stability and memory. Recommend introsort-style quicksort unless stability is needed.';

export const MINIMAX_ANSWER = `**Short answer:** use an in-place quicksort variant (introsort / pdqsort).

| | Quicksort (pdqsort) | Merge sort |
|---|---|---|
| Extra memory | O(log n) | O(n) — 80 MB here |
| Worst case | O(n log n) with introsort fallback | O(n log n) |
| Cache behaviour | excellent, in place | good, but streams through a buffer |
| Stable | no | yes |

For 10 million \`int64\` values, pdqsort typically finishes in **~0.6 s** on one core, merge sort in ~0.9 s.

\`\`\`rust
let mut values: Vec<i64> = load();
values.sort_unstable(); // pdqsort
\`\`\`

Pick merge sort only if you need **stability** or are sorting linked data.`;

export const MINIMAX_ANTHROPIC_THINKING =
  'Ten million 8-byte integers is 80 MB. The question is about constant factors: in-place partitioning wins on cache misses.';

export const MINIMAX_ANTHROPIC_ANSWER = `For **10 million 64-bit integers** held in memory, choose **quicksort** (in practice pdqsort or introsort):

1. It sorts in place: no 80 MB scratch buffer.
2. Partitioning walks memory linearly, which keeps the L1/L2 caches warm.
3. The introsort fallback to heapsort caps the worst case at O(n log n).

Merge sort is the better choice when:

- equal keys must keep their order (**stable** sort), or
- the data lives on disk or arrives as a stream.

\`\`\`cpp
std::vector<int64_t> v = load();
std::sort(v.begin(), v.end()); // introsort
\`\`\``;

export const OPENAI_ANSWER = `Use **quicksort** — specifically a pattern-defeating or introsort variant.

- **Speed:** fewer memory moves than merge sort; in-place partitioning is cache friendly.
- **Memory:** O(log n) stack versus an O(n) auxiliary array (≈80 MB for your data).
- **Risk:** plain quicksort has an O(n²) worst case; introsort removes it.

| Criterion | Quicksort | Merge sort |
|---|---|---|
| Typical time (10M) | ~0.7 s | ~1.0 s |
| Stable | ✗ | ✓ |

Only choose merge sort if stability matters.`;

export const ANTHROPIC_ANSWER = `I'd go with quicksort here, with two caveats worth stating up front.

**Why quicksort wins for this case**

Sorting 10 million 64-bit integers means 80 MB of data. Quicksort partitions in place, so it touches that memory in long sequential runs and never needs a second 80 MB buffer. In benchmarks, a good implementation (pdqsort, or \`std::sort\`'s introsort) beats a top-down merge sort by roughly 30–40% on random integers.

**Caveat 1: the worst case.** Naive quicksort degrades to O(n²) on adversarial or already-sorted input. Introsort switches to heapsort when recursion gets too deep, which keeps the bound at O(n log n).

**Caveat 2: stability.** If records with equal keys must stay in their original order, quicksort is the wrong tool and merge sort (or Timsort) is the answer.`;

export const FOLLOW_UP_ANSWER = `Then the choice flips: use an **external merge sort**.

1. Read chunks that fit in memory and sort each one.
2. Write the sorted runs to disk.
3. Merge the runs with a k-way heap.`;
