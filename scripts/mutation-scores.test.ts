import { describe, expect, it } from 'vitest';
import { originalText, parseMutationReport, type ReportedMutant, scoreFolder } from './mutation-report.ts';
import {
  filesInScope,
  formatScoreTable,
  missedTargets,
  OVERALL,
  overallScope,
  scoreRows,
} from './mutation-scores.ts';

function mutant(
  status: ReportedMutant['status'],
  line = 1,
  columns: [number, number] = [1, 2],
): ReportedMutant {
  return {
    mutatorName: 'EqualityOperator',
    replacement: '!==',
    status,
    location: { start: { line, column: columns[0] }, end: { line, column: columns[1] } },
  };
}

// A hand-written report: statuses chosen so that every score below is worked out by hand.
const report = JSON.stringify({
  schemaVersion: '2',
  thresholds: { high: 80, low: 60 },
  files: {
    'src-main/core/errors/classify.ts': {
      language: 'typescript',
      source: 'x',
      // 3 killed + 1 timeout detected, 1 survived: 4 / 5 = 80 %; compile errors and ignored do not count.
      mutants: ['Killed', 'Killed', 'Timeout', 'Survived', 'CompileError', 'Ignored', 'Killed'].map((s) =>
        mutant(s as ReportedMutant['status']),
      ),
    },
    '/project/src-main/core/errors/retryable.ts': {
      language: 'typescript',
      source: 'x',
      mutants: [mutant('NoCoverage')],
    },
    'src-main/core/app-core.ts': { language: 'typescript', source: 'x', mutants: [mutant('Killed')] },
    'src-shared/key-detect.ts': {
      language: 'typescript',
      source: 'x',
      mutants: [mutant('Killed'), mutant('Killed'), mutant('RuntimeError')],
    },
    'src-shared/domain.ts': { language: 'typescript', source: 'x', mutants: [mutant('Survived')] },
  },
});

describe('mutation scores per folder', () => {
  const rows = scoreRows(parseMutationReport(report, '/project'));
  const row = (name: string) => rows.find((candidate) => candidate.name === name);

  it('counts a folder as detected / (detected + survived + no coverage), absolute paths included', () => {
    // classify.ts: 4 detected of 5 valid; retryable.ts adds 1 no-coverage: 4 / 6.
    expect(row('src-main/core/errors')).toMatchObject({
      killed: 3,
      timeout: 1,
      survived: 1,
      noCoverage: 1,
      compileError: 1,
      ignored: 1,
      target: 90,
    });
    expect(row('src-main/core/errors')?.score).toBeCloseTo((100 * 4) / 6, 6);
  });

  it('gives key-detect a row of its own and still counts it in src-shared', () => {
    expect(row('src-shared/key-detect.ts')).toMatchObject({ score: 100, runtimeError: 1, target: 90 });
    // key-detect's 2 killed + domain's 1 survived.
    expect(row('src-shared')?.score).toBeCloseTo((100 * 2) / 3, 6);
    expect(row('src-shared')?.target).toBeNull();
  });

  it('puts top-level core files in src-main/core and totals everything once in the overall row', () => {
    expect(row('src-main/core')).toMatchObject({ killed: 1, score: 100 });
    // Detected: 4 + 1 + 2 = 7; valid: 6 + 1 + 2 + 1 = 10.
    expect(rows.at(-1)).toMatchObject({ name: OVERALL, killed: 6, timeout: 1, score: 70, target: 85 });
  });

  it('reports the rows whose score is under target, and none without valid mutants', () => {
    expect(missedTargets(rows).map((missed) => missed.name)).toEqual(['src-main/core/errors', OVERALL]);
    const onlyCompileErrors = scoreRows([
      { path: 'src-main/core/ipc/x.ts', source: '', mutants: [mutant('CompileError')] },
    ]);
    expect(onlyCompileErrors[0]).toMatchObject({ name: 'src-main/core/ipc', score: null });
    expect(missedTargets(onlyCompileErrors)).toEqual([]);
  });

  it('prints every row with its verdict', () => {
    const table = formatScoreTable(rows).split('\n');
    expect(table[0]).toMatch(/^folder +score +killed/);
    expect(table.find((line) => line.startsWith('src-main/core/errors '))).toMatch(
      /66\.7 %.*MISSES target 90 %$/,
    );
    expect(table.find((line) => line.startsWith('src-shared/key-detect.ts'))).toMatch(
      /100\.0 %.*meets target 90 %$/,
    );
  });
});

describe('mutation report reading', () => {
  it('names the folder a file is scored under', () => {
    expect(scoreFolder('src-main/core/wires/openai/usage.ts')).toBe('src-main/core/wires');
    expect(scoreFolder('src-main/core/app-core.ts')).toBe('src-main/core');
    expect(scoreFolder('src-shared/key-detect.ts')).toBe('src-shared');
  });

  it('recovers the replaced source text, on one line and across lines', () => {
    const source = 'const a = b === c;\nif (x) {\n  y();\n}\n';
    expect(originalText(source, mutant('Survived', 1, [11, 18]))).toBe('b === c');
    const block = {
      ...mutant('Survived'),
      location: { start: { line: 2, column: 8 }, end: { line: 4, column: 2 } },
    };
    expect(originalText(source, block)).toBe('{\n  y();\n}');
  });

  it('refuses a file that is not a mutation report', () => {
    expect(() =>
      parseMutationReport('{"files": {"a.ts": {"mutants": [{"status": "Maybe"}]}}}', '/'),
    ).toThrow();
  });
});

describe('overallScope', () => {
  it('says how many files the overall row stands for, so a partial report is not read as the whole code base', () => {
    const files = parseMutationReport(report, '/project');
    expect(files.length).toBeGreaterThan(1);
    expect(overallScope(files)).toContain(`the ${files.length} source files in this report`);
    expect(overallScope(files.slice(0, 1))).toContain('the 1 source file in this report');
  });
});

describe('filesInScope', () => {
  it('counts only the files a whole run still mutates, never the kept results of one dropped since', () => {
    const file = (path: string) => ({ path, source: '', mutants: [mutant('Survived')] });
    const { counted, dropped } = filesInScope(
      [
        'src-main/core/errors/classify.ts',
        'src-shared/key-detect.ts',
        // Test support, a test, a type-only module, a file since removed, and one outside the scope.
        'src-main/core/core-test-support.ts',
        'src-main/core/errors/classify.test.ts',
        'src-main/core/keys/cipher.ts',
        'src-main/core/errors/removed-since.ts',
        'scripts/bench.ts',
      ].map(file),
    );
    expect(counted.map((kept) => kept.path)).toEqual([
      'src-main/core/errors/classify.ts',
      'src-shared/key-detect.ts',
    ]);
    expect(dropped).toEqual([
      'src-main/core/core-test-support.ts',
      'src-main/core/errors/classify.test.ts',
      'src-main/core/keys/cipher.ts',
      'src-main/core/errors/removed-since.ts',
      'scripts/bench.ts',
    ]);
  });
});
