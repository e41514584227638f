import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src-*/**/*.test.ts',
      'e2e/fake-providers/**/*.test.ts',
      'e2e/support/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    // Vitest's default on 2 cores is one worker, which leaves a core idle while a file waits on a
    // timer, a socket or a child process (most of the slow files do). With two workers the whole run
    // still kept the cores only 1.3 busy of 2 (110 CPU s in 83 s); four overlap more of those waits
    // for the same CPU time: 63 s against 83 s, side by side on a machine busy with a mutation run
    // (six: 60 s, so no more).
    maxWorkers: 4,
    // A process warning (a listener leak, a deprecated API) fails the test that caused it.
    setupFiles: ['e2e/support/vitest-fail-on-warnings.ts'],
  },
});
