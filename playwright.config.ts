import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.ARENA_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  outputDir: './artifacts/test-results',
  fullyParallel: false,
  // Every test has its own core, data folder and loopback servers on ports the system picks, so two
  // spec files can run at once: most of a UI test is waiting on the page (2 workers: 243 s, 1: 366 s).
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'artifacts/playwright-report.json' }]],
  projects: [
    {
      name: 'ui',
      testDir: './e2e/ui',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    { name: 'electron', testDir: './e2e/electron' },
  ],
});
