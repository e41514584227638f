// `npm run test:mutation [-- --only <folder or file>[,…]] [-- --check]`: runs Stryker
// (stryker.config.mjs) at low priority, then prints the mutation score per folder. --only keeps the
// config's exclusions (tests, test support); other arguments go to `stryker run`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseMutationLock, takeMutationLock } from './mutation-lock.ts';
import { MUTATION_REPORT_PATH } from './mutation-report.ts';
import { printScores } from './mutation-scores.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const onlyAt = args.indexOf('--only');
const only = onlyAt === -1 ? undefined : args[onlyAt + 1];
if (onlyAt !== -1 && !only) {
  console.error('--only needs a folder or file, e.g. --only src-main/core/errors');
  process.exit(1);
}
const strykerArgs = args.filter(
  (arg, index) => arg !== '--check' && index !== onlyAt && index !== onlyAt + 1,
);

const strykerPackage = createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json');
const strykerBin = join(dirname(strykerPackage), 'bin/stryker.js');
// Stryker's own tsconfig handling and its type checker need TypeScript 5's compiler API.
const typescript5Loader = fileURLToPath(new URL('./stryker-typescript5.mjs', import.meta.url));
const refused = takeMutationLock();
if (refused) {
  console.error(refused);
  process.exit(1);
}
const run = spawnSync(
  'nice',
  ['-n', '10', process.execPath, '--import', typescript5Loader, strykerBin, 'run', ...strykerArgs],
  { stdio: 'inherit', env: only ? { ...process.env, STRYKER_MUTATE_ONLY: only } : process.env },
);
releaseMutationLock();
if (run.error) {
  console.error(`Could not start Stryker under nice: ${run.error.message}`);
  process.exit(1);
}
if (run.status !== 0) process.exit(run.status ?? 1);

if (strykerArgs.includes('--dryRunOnly')) process.exit(0);

printScores(MUTATION_REPORT_PATH, check);
