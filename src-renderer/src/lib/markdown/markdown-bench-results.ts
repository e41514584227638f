// What src-renderer/src/lib/markdown/markdown-bench.ts measures, as scripts/bench-markdown.ts prints it.
// Types only, with no imports: the script is type-checked as Node code, the bench as renderer code.

export interface Stats {
  readonly updates: number;
  readonly sampled: number;
  readonly meanMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Mean × updates: the whole stream's cost (sampled strategies are stateless, so the mean is fair). */
  readonly totalMs: number;
}

export interface CaseResult {
  readonly name: string;
  readonly bytes: number;
  readonly strategies: Readonly<Record<string, { parse: Stats; parseAndRender: Stats }>>;
}
