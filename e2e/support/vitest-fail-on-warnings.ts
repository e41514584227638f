// Vitest setup file (vitest.config.ts): a process warning fails the test during which it was
// emitted, or the file when it comes after the last test. Runs in each test file's worker.
import { afterAll, afterEach } from 'vitest';
import { collectProcessWarnings, describeWarnings } from './process-warnings.ts';

const warnings = collectProcessWarnings();

async function failOnWarnings(): Promise<void> {
  // Node emits a warning on the next tick: let the ticks of what just ran come out first.
  await new Promise((resolve) => setImmediate(resolve));
  const emitted = warnings.take();
  if (emitted.length > 0) throw new Error(describeWarnings(emitted));
}

afterEach(failOnWarnings);
afterAll(async () => {
  try {
    await failOnWarnings();
  } finally {
    warnings.stop();
  }
});
