// The ui section of `npm run bench`: scripts/bench-ui.ts in its own process (Chromium and the UI harness
// stay out of the runner), its numbers handed back over the IPC channel for the runner to write.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { UiBenchResults } from './bench-ui-report.ts';

export async function run(options: { quick: boolean }): Promise<UiBenchResults> {
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, 'bench-ui.ts'), ...(options.quick ? ['--quick'] : [])],
    { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] },
  );
  let results: UiBenchResults | null = null;
  child.on('message', (message) => {
    results = message as UiBenchResults;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`ui: scripts/bench-ui.ts exited with ${code}; its output above says why.`);
  if (results === null) throw new Error('ui: scripts/bench-ui.ts ended without handing back its numbers.');
  return results;
}
