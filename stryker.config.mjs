// Mutation testing: run it with `npm run test:mutation` (not part of `npm test`), not a bare
// `npx stryker run`: Stryker's main process needs scripts/stryker-typescript5.mjs preloaded too.
// See docs/mutation-equivalents.md for the mutants disabled as equivalent, and
// scripts/mutation-scores.ts for the per-folder table printed after the run.
import { pathToFileURL } from 'node:url';
import { MUTATED, NOT_MUTATED } from './scripts/mutation-scope.mjs';

const typescript5Loader = pathToFileURL('scripts/stryker-typescript5.mjs').href;

/** `npm run test:mutation -- --only <folder or file>[,…]` narrows the run (set by scripts/test-mutation.ts). */
const only = process.env.STRYKER_MUTATE_ONLY?.split(',')
  .filter(Boolean)
  .map((path) => (path.endsWith('.ts') ? path : `${path.replace(/\/$/, '')}/**/*.ts`));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: [...(only ?? MUTATED), ...NOT_MUTATED.map((pattern) => `!${pattern}`)],
  // The checker turns mutants that do not type-check into CompileErrors instead of running tests
  // on them. It needs TypeScript's JS compiler API, which TypeScript 7 lacks: the loader, preloaded
  // into Stryker's processes, gives Stryker's packages (and nothing else) TypeScript 5.9.
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.node.json',
  checkerNodeArgs: ['--import', typescript5Loader],
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'artifacts/mutation/index.html' },
  jsonReporter: { fileName: 'artifacts/mutation/mutation.json' },
  clearTextReporter: { reportTests: false, reportMutants: true, reportScoreTable: true, skipFull: true },
  // Stryker gives half the slots to type-checker processes, which go idle once every mutant is
  // checked, and the test runs need the rest: 2 left one test runner (keys/: 1,324 mutants in 39 min),
  // 4 gives two (1,294 in 29 min, each beside other work). npm run test:mutation runs under `nice`.
  concurrency: 4,
  // Loopback-server tests are slower than pure ones; a mutant that hangs still times out in seconds.
  timeoutMS: 10_000,
  timeoutFactor: 2,
  // Static mutants (module-level tables: key prefixes, MiniMax codes, the loopback pattern) run every
  // related test, not per-test coverage. Measured: 63–79 % of the mutants in key-detect, base-url-policy
  // and errors/, estimated at 97–100 % of the run time; kept anyway, since those tables are where the
  // planted bugs of issue 15 went unnoticed, and a killed one stops at its first failing test.
  ignoreStatic: false,
  tempDirName: 'artifacts/stryker-tmp',
  ignorePatterns: [
    'artifacts',
    'out',
    'dist',
    'test-results',
    'playwright-report',
    'coverage',
    'bench-results.json',
  ],
  cleanTempDir: 'always',
};
