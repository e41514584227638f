import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src-*/**/*.test.ts', 'e2e/fake-providers/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // A process warning (a listener leak, a deprecated API) fails the test that caused it.
    setupFiles: ['e2e/support/vitest-fail-on-warnings.ts'],
  },
});
