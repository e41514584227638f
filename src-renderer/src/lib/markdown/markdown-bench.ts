// The measurements behind scripts/bench-markdown.ts (loaded through Vite there: these modules are TSX).
// Not part of the app: nothing imports it.
import { Lexer } from 'marked';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createIncrementalLexer, type MarkdownBlock } from './incremental-lexer.ts';
import type { Token } from './lex-markdown.ts';
import type { CaseResult, Stats } from './markdown-bench-results.ts';
import { renderBlock } from './render-block.tsx';
import { sameBlock } from './StreamingMarkdown.tsx';
import { benchmarkAnswer, TYPESCRIPT_SNIPPET } from './test-fixtures.ts';

const DELTA_CHARS = 4;
/** Stateless strategies are timed on at most this many evenly spread updates. */
const MAX_SAMPLES = 400;

function stats(samples: readonly number[], updates: number): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length;
  return {
    updates,
    sampled: sorted.length,
    meanMs: mean,
    p95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!,
    maxMs: sorted.at(-1)!,
    totalMs: mean * updates,
  };
}

/** The answer as it grows, one delta at a time (prefixes are cut on demand: holding them all costs gigabytes). */
interface Stream {
  readonly length: number;
  at(update: number): string;
}

function streamOf(text: string): Stream {
  return {
    length: Math.ceil(text.length / DELTA_CHARS),
    at: (update) => text.slice(0, Math.min(text.length, (update + 1) * DELTA_CHARS)),
  };
}

function renderTokens(tokens: readonly Token[]): string {
  return renderToStaticMarkup(createElement(Fragment, null, ...tokens.map((token) => renderBlock(token))));
}

function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** Re-lex the whole answer on every delta and render every block (no memoization at all). */
function fullReparse(steps: Stream, render: boolean): Stats {
  const every = Math.max(1, Math.ceil(steps.length / MAX_SAMPLES));
  const samples: number[] = [];
  for (let i = 0; i < steps.length; i += every) {
    samples.push(
      time(() => {
        const tokens = new Lexer().lex(steps.at(i));
        if (render) renderTokens(tokens);
      }),
    );
  }
  return stats(samples, steps.length);
}

/** The common "memoized markdown" pattern: re-lex the whole answer, render only blocks whose source changed. */
function memoizedBlocks(steps: Stream, render: boolean): Stats {
  const every = Math.max(1, Math.ceil(steps.length / MAX_SAMPLES));
  const samples: number[] = [];
  for (let i = 1; i < steps.length; i += every) {
    const before = new Lexer().lex(steps.at(i - 1)).map((token) => token.raw);
    samples.push(
      time(() => {
        const tokens = new Lexer().lex(steps.at(i));
        if (render) renderTokens(tokens.filter((token, n) => token.raw !== before[n]));
      }),
    );
  }
  return stats(samples, steps.length);
}

/** Ours: lex from the last finished block on, render only blocks that changed. Every update is timed. */
function incremental(steps: Stream, render: boolean): Stats {
  const lexer = createIncrementalLexer();
  let previous: readonly MarkdownBlock[] = [];
  const samples: number[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps.at(i);
    samples.push(
      time(() => {
        const blocks = lexer.update(step);
        if (render) {
          const changed = blocks.filter((block, i) => !(previous[i] && sameBlock(previous[i], block)));
          renderTokens(changed.map((block) => block.token));
        }
        previous = blocks;
      }),
    );
  }
  return stats(samples, steps.length);
}

function runCase(name: string, text: string): CaseResult {
  const steps = streamOf(text);
  const strategies = {
    'full re-parse': { parse: fullReparse(steps, false), parseAndRender: fullReparse(steps, true) },
    'memoized blocks, full re-lex': {
      parse: memoizedBlocks(steps, false),
      parseAndRender: memoizedBlocks(steps, true),
    },
    'incremental (ours)': { parse: incremental(steps, false), parseAndRender: incremental(steps, true) },
  };
  return { name, bytes: text.length, strategies };
}

/** A realistic answer at 16 KB and 64 KB, and one worst case: an answer that is a single open code block. */
export function runMarkdownBench(): CaseResult[] {
  // Warm up the JIT and the highlighter so the first case is not charged for it.
  runCase('warm-up', benchmarkAnswer(4 * 1024));
  const longCode = `\`\`\`ts\n${`${TYPESCRIPT_SNIPPET}\n\n`.repeat(Math.ceil((16 * 1024) / TYPESCRIPT_SNIPPET.length))}`;
  return [
    runCase('realistic answer, 16 KB', benchmarkAnswer(16 * 1024)),
    runCase('realistic answer, 64 KB', benchmarkAnswer(64 * 1024)),
    runCase('one 16 KB code block still open', longCode),
  ];
}
