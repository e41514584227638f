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
    // timer, a socket or a child process (most of the slow files do); two overlap those waits, for the
    // same CPU time (cli, client, errors, history, store: 55 s instead of 73 s, on a busy machine).
    maxWorkers: 2,
    // A process warning (a listener leak, a deprecated API) fails the test that caused it.
    setupFiles: ['e2e/support/vitest-fail-on-warnings.ts'],
  },
});
