import { describe, expect, it } from 'vitest';
import type { ReportedFile, ReportedMutant } from './mutation-report.ts';
import { survivorLines } from './mutation-survivors.ts';

function mutant(status: ReportedMutant['status'], line: number, start: number, end: number): ReportedMutant {
  return {
    mutatorName: 'ConditionalExpression',
    replacement: 'true',
    status,
    location: { start: { line, column: start }, end: { line, column: end } },
  };
}

const files: ReportedFile[] = [
  {
    path: 'src-main/core/errors/retryable.ts',
    source: 'export const a = 1;\nif (status >= 500) retry();\n',
    mutants: [mutant('Killed', 2, 5, 18), mutant('Survived', 2, 5, 18), mutant('NoCoverage', 1, 18, 19)],
  },
  { path: 'src-main/core/pricing/cost.ts', source: 'x', mutants: [mutant('Survived', 1, 1, 2)] },
];

describe('surviving mutants list', () => {
  it('lists the undetected mutants under a prefix by line, with the text they replaced', () => {
    expect(survivorLines(files, 'src-main/core/errors')).toEqual([
      'src-main/core/errors/retryable.ts:1:18  ConditionalExpression  NoCoverage  1 → true',
      'src-main/core/errors/retryable.ts:2:5  ConditionalExpression  Survived  status >= 500 → true',
    ]);
  });
});
