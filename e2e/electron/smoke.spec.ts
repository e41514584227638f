import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.ts';

const binary = findElectronBinary();
if (!binary.found) console.log(`[electron project] skipped: ${binary.reason}`);

test.skip(!binary.found, binary.found ? '' : `Electron smoke test skipped: ${binary.reason}`);

test('the packaged app opens a secure window with the preload bridge', async () => {
  if (!binary.found) return;
  const app = await electron.launch({
    executablePath: binary.path,
    args: [join(import.meta.dirname, '../../out/main/index.js'), '--no-sandbox'],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '0' },
  });
  try {
    const appWindow = await app.firstWindow();
    await expect(appWindow.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
    // Served from the app's own origin, never from file: (see src-main/core/app-protocol).
    expect(await appWindow.evaluate(() => window.location.origin)).toBe('app://arena');
    // Sandboxed, isolated, no Node: the page sees no require, no process, only window.arena.
    const globals = await appWindow.evaluate(() => ({
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
      arena: typeof window.arena,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', arena: 'object' });
    const info = await appWindow.evaluate(() => window.arena.app.info());
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', name: 'BYOK Arena' } });
    await appWindow.screenshot({
      path: join(import.meta.dirname, '../../artifacts/screenshots/electron.png'),
    });
  } finally {
    await app.close();
  }
});
