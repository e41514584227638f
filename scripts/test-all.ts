// `npm test`: every check of the project, in stages. The steps of a stage run at the same time (the
// lint, the three type checks and the build share no files they write), each one's output printed
// whole as it ends so no two interleave; the tests run after, streaming as they go. The first stage
// with a failing step ends the run, after every step of that stage has finished and printed.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** Each stage lists package.json scripts; a stage of one streams its output live. */
const STAGES: readonly (readonly string[])[] = [
  ['lint', 'typecheck:node', 'typecheck:web', 'typecheck:e2e', 'build'],
  ['test:unit'],
  ['test:ui'],
];

interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
  output: string;
}

const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
// What `npm run` puts first on PATH, so the scripts' tools resolve the same when this runs bare.
const env = {
  ...process.env,
  PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
};

function runScript(name: string, live: boolean): Promise<StepResult> {
  const command = scripts[name];
  if (command === undefined)
    throw new Error(`package.json has no "${name}" script; scripts/test-all.ts needs it.`);
  const started = performance.now();
  const child = spawn(command, { cwd: ROOT, env, shell: true, stdio: live ? 'inherit' : 'pipe' });
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => {
    const finish = (ok: boolean, extra = '') =>
      resolve({
        name,
        ok,
        seconds: (performance.now() - started) / 1000,
        output: Buffer.concat(chunks).toString('utf8') + extra,
      });
    child.once('error', (error) => finish(false, `could not start \`${command}\`: ${error.message}\n`));
    child.once('close', (code, signal) => finish(code === 0, signal ? `stopped by ${signal}\n` : ''));
  });
}

function report(result: StepResult): void {
  const verdict = result.ok ? 'passed' : 'FAILED';
  if (result.output.trim() !== '')
    process.stdout.write(`\n── ${result.name} ──\n${result.output.trimEnd()}\n`);
  console.log(`── ${result.name}: ${verdict} in ${result.seconds.toFixed(1)} s`);
}

const runStarted = performance.now();
for (const stage of STAGES) {
  const live = stage.length === 1;
  const results = await Promise.all(
    stage.map((name) =>
      runScript(name, live).then((result) => {
        report(result);
        return result;
      }),
    ),
  );
  const failed = results.filter((result) => !result.ok).map((result) => result.name);
  if (failed.length > 0) {
    const skipped = STAGES.slice(STAGES.indexOf(stage) + 1).flat();
    const notRun = skipped.length > 0 ? ` (not run: ${skipped.join(', ')})` : '';
    console.error(`\nnpm test: ${failed.join(', ')} failed${notRun}.`);
    process.exit(1);
  }
}
console.log(`\nnpm test: every step passed in ${((performance.now() - runStarted) / 1000).toFixed(0)} s.`);
