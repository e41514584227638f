import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBenchArgs } from './bench-args.ts';
import { type BenchRun, mergeResults, writeBenchResults } from './bench-results-file.ts';

const EVERY_SECTION = ['decode', 'latency', 'pricing', 'startup', 'history', 'ui'];

describe('bench arguments', () => {
  it('runs every section, not quickly, when given nothing', () => {
    expect(parseBenchArgs([])).toEqual({ ok: true, sections: EVERY_SECTION, quick: false });
  });

  it('runs the --only sections in the runner’s order, each once', () => {
    expect(parseBenchArgs(['--only', 'ui,pricing', '--only', ' decode ,pricing'])).toEqual({
      ok: true,
      sections: ['decode', 'pricing', 'ui'],
      quick: false,
    });
  });

  it('reads --quick after a second bare -- (npm run bench -- --only x -- --quick)', () => {
    expect(parseBenchArgs(['--only', 'startup', '--', '--quick'])).toEqual({
      ok: true,
      sections: ['startup'],
      quick: true,
    });
  });

  it('names an unknown section and lists the known ones', () => {
    expect(parseBenchArgs(['--only', 'pricing,compare,delivery'])).toEqual({
      ok: false,
      error:
        'bench: no section named compare, delivery; the sections are decode, latency, pricing, startup, history, ui',
    });
  });

  it('refuses an empty section name', () => {
    expect(parseBenchArgs(['--only', 'pricing,'])).toEqual({
      ok: false,
      error: 'bench: no section named ""; the sections are decode, latency, pricing, startup, history, ui',
    });
  });

  it('refuses an unknown option or a stray word with the usage line', () => {
    for (const argv of [['--fast'], ['pricing']]) {
      const parsed = parseBenchArgs(argv);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.error).toMatch(/^bench: .+ usage: npm run bench \[-- --only decode,latency,pricing,/);
      expect(parsed.error).not.toContain('\n');
    }
  });
});

describe('npm run bench with a wrong argument', () => {
  it('prints one line and exits with status 2, before running anything', () => {
    const bench = spawnSync(process.execPath, [join(import.meta.dirname, 'bench.ts'), '--only', 'nope'], {
      encoding: 'utf8',
    });
    expect(bench.status).toBe(2);
    expect(bench.stdout).toBe('');
    expect(bench.stderr).toBe(
      'bench: no section named nope; the sections are decode, latency, pricing, startup, history, ui\n',
    );
  });
});

const MACHINE = {
  cpus: { model: 'Test CPU', count: 2 },
  memoryGiB: 7.8,
  platform: 'linux x64',
  node: 'v24.0.0',
};

function pricingRun(overrides: Partial<BenchRun> = {}): BenchRun {
  return {
    createdAt: '2026-11-27T19:00:00.000Z',
    quick: true,
    loadAverage: [1.5, 1, 0.5],
    machine: MACHINE,
    sections: { pricing: [{ name: 'computeCost', medianMs: 2, minMs: 1, maxMs: 3, runs: 10 }] },
    ...overrides,
  };
}

/** A file from an earlier full run with the decode and ui sections. */
const EARLIER = JSON.stringify({
  schemaVersion: 1,
  createdAt: '2026-11-26T10:00:00.000Z',
  machine: { ...MACHINE, chromium: 'Chromium 150.0' },
  quick: false,
  sections: {
    decode: [{ wire: 'openai-chat', ratioVsSdk: 1.6 }],
    pricing: [{ name: 'old', medianMs: 9, minMs: 9, maxMs: 9, runs: 10 }],
    ui: { results: [] },
    compare: { dropped: true },
  },
  sectionRuns: {
    decode: { createdAt: '2026-11-26T10:00:00.000Z', quick: false, loadAverage: [0.1, 0.2, 0.3] },
    ui: { createdAt: '2026-11-26T10:05:00.000Z', quick: false, loadAverage: [0.4, 0.5, 0.6] },
  },
});

describe('merging a run into bench-results.json', () => {
  it('starts a file when there is none', () => {
    expect(mergeResults(null, pricingRun())).toEqual({
      replaced: null,
      results: {
        schemaVersion: 1,
        createdAt: '2026-11-27T19:00:00.000Z',
        machine: MACHINE,
        quick: true,
        sections: { pricing: [{ name: 'computeCost', medianMs: 2, minMs: 1, maxMs: 3, runs: 10 }] },
        sectionRuns: {
          pricing: { createdAt: '2026-11-27T19:00:00.000Z', quick: true, loadAverage: [1.5, 1, 0.5] },
        },
      },
    });
  });

  it('replaces the run’s section and keeps the others, with when they ran and the ui’s Chromium', () => {
    expect(mergeResults(EARLIER, pricingRun())).toEqual({
      replaced: null,
      results: {
        schemaVersion: 1,
        createdAt: '2026-11-27T19:00:00.000Z',
        machine: { ...MACHINE, chromium: 'Chromium 150.0' },
        quick: true,
        sections: {
          decode: [{ wire: 'openai-chat', ratioVsSdk: 1.6 }],
          pricing: [{ name: 'computeCost', medianMs: 2, minMs: 1, maxMs: 3, runs: 10 }],
          ui: { results: [] },
        },
        sectionRuns: {
          decode: { createdAt: '2026-11-26T10:00:00.000Z', quick: false, loadAverage: [0.1, 0.2, 0.3] },
          pricing: { createdAt: '2026-11-27T19:00:00.000Z', quick: true, loadAverage: [1.5, 1, 0.5] },
          ui: { createdAt: '2026-11-26T10:05:00.000Z', quick: false, loadAverage: [0.4, 0.5, 0.6] },
        },
      },
    });
  });

  it('takes the Chromium of a new ui run', () => {
    const run = pricingRun({
      machine: { ...MACHINE, chromium: 'Chromium 156.0' },
      sections: { ui: { results: ['new'] } },
    });
    const { results } = mergeResults(EARLIER, run);
    expect(results.machine.chromium).toBe('Chromium 156.0');
    expect(results.sections.ui).toEqual({ results: ['new'] });
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "sect', 'it is not valid JSON'],
    [
      'the old ui-only file',
      '{"ui": {"date": "2026-11-27"}}',
      'it is not a bench results file of schemaVersion 1',
    ],
    [
      'another schema version',
      '{"schemaVersion": 2, "sections": {}}',
      'it is not a bench results file of schemaVersion 1',
    ],
    ['a JSON array', '[1, 2]', 'it is not a bench results file of schemaVersion 1'],
    [
      'sections that are not an object',
      '{"schemaVersion": 1, "sections": []}',
      'its "sections" is not an object',
    ],
  ])('replaces %s, saying why', (_, text, reason) => {
    const { results, replaced } = mergeResults(text, pricingRun());
    expect(replaced).toBe(reason);
    expect(Object.keys(results.sections)).toEqual(['pricing']);
    expect(Object.keys(results.sectionRuns)).toEqual(['pricing']);
  });

  it('does not carry over a "__proto__" or unknown section, or a malformed run stamp', () => {
    const text =
      '{"schemaVersion": 1, "sections": {"__proto__": {"polluted": true}, "toString": {}, "history": [1]},' +
      ' "sectionRuns": {"history": {"createdAt": 5, "quick": false, "loadAverage": []}}}';
    const { results } = mergeResults(text, pricingRun());
    expect(Object.keys(results.sections)).toEqual(['history', 'pricing']);
    expect(results.sections.history).toEqual([1]);
    expect(Object.keys(results.sectionRuns)).toEqual(['pricing']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('writing bench-results.json', () => {
  let folder = '';
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('merges into the file on disk and says what it wrote, and what it replaced', () => {
    folder = mkdtempSync(join(tmpdir(), 'arena-bench-results-'));
    const file = join(folder, 'bench-results.json');
    writeFileSync(file, 'not json');
    expect(writeBenchResults(pricingRun(), file)).toEqual([
      `bench: ${file} was replaced, since it is not valid JSON (its earlier numbers are gone).`,
      `bench: pricing written to ${file} (shape: docs/bench-results.md)`,
    ]);
    const startup = { cliHelpMs: { median: 80, min: 70, max: 90 } };
    expect(writeBenchResults(pricingRun({ sections: { startup } }), file)).toEqual([
      `bench: startup written to ${file} (shape: docs/bench-results.md)`,
    ]);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(written.sections)).toEqual(['pricing', 'startup']);
    expect(written.sections.startup).toEqual(startup);
  });
});
