// Prints one closing line with the totals of every test runner `npm test` ran.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const artifacts = join(import.meta.dirname, '../artifacts');
const totals = { passed: 0, failed: 0, skipped: 0 };
const parts: string[] = [];

function readJson(name: string): Record<string, unknown> | null {
  const file = join(artifacts, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : null;
}

const vitest = readJson('vitest-report.json');
if (vitest) {
  const passed = Number(vitest.numPassedTests ?? 0);
  const failed = Number(vitest.numFailedTests ?? 0);
  const skipped = Number(vitest.numPendingTests ?? 0) + Number(vitest.numTodoTests ?? 0);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  parts.push(`unit/integration ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

const playwright = readJson('playwright-report.json');
const stats = playwright?.stats as Record<string, number> | undefined;
if (stats) {
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  const failed = stats.unexpected ?? 0;
  const skipped = stats.skipped ?? 0;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  parts.push(`end-to-end ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

if (parts.length === 0) {
  console.log('tests: no test report found in artifacts/ (did npm test stop before running tests?)');
  process.exit(1);
}
console.log(parts.join('; '));
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
