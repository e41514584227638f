import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/arena-fixture.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const CANARY = 'sk-cp-CANARY7f3aCANARY0123456789-7f3a';
const BAD_KEY = 'sk-api-BADKEY-0000000000000000-dead';

// A provider that echoes the key it was sent, in the message and in the error code.
const invalidKey = {
  status: 401,
  json: {
    type: 'error',
    error: {
      type: 'authorized_error',
      message: `invalid api key (1004): ${BAD_KEY}`,
      code: BAD_KEY,
      http_code: '401',
    },
  },
};

test('add a key, check it, add a bad key, remove it — and the key never reaches the page', async ({
  arena,
}) => {
  const { page, fakeGlobal, fakeChina } = arena;
  fakeGlobal.setHandler({
    method: 'GET',
    path: '/v1/token_plan/remains',
    json: {
      base_resp: { status_code: 0, status_msg: 'success' },
      current_subscribe_title: 'Plus',
      model_remains: [
        {
          model_name: 'MiniMax-M2.7',
          current_interval_total_count: 1500,
          current_interval_usage_count: 1420,
          end_time: 1795000000000,
        },
        // A plan reply that echoes the key where a model name goes.
        { model_name: `echo ${CANARY}`, current_interval_total_count: 1, current_interval_usage_count: 1 },
      ],
    },
  });
  fakeGlobal.setHandler({ method: 'POST', path: '/v1/chat/completions', ...invalidKey });
  fakeChina.setHandler({ method: 'POST', path: '/v1/chat/completions', ...invalidKey });

  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeFocused();

  // Paste: kind and provider are recognized as you type.
  const keyField = page.getByLabel('API key');
  await keyField.fill(CANARY);
  await expect(page.getByText('Token Plan key, looks like MiniMax')).toBeVisible();
  await expect(page.getByLabel('Provider')).toHaveValue('minimax');
  await page.getByLabel('Label').fill('Work plan');
  await page.getByRole('button', { name: 'Add key' }).click();
  await expect(keyField).toHaveValue('');

  const work = page.getByRole('listitem', { name: /Work plan/ });
  await expect(work.getByText('sk-cp-…7f3a')).toBeVisible();
  await expect(work.getByText('Token Plan', { exact: true })).toBeVisible();
  await expect(work.getByText('Default')).toBeVisible();

  await work.getByRole('button', { name: 'Check' }).click();
  await expect(work.getByText('Valid', { exact: true })).toBeVisible();
  await expect(work.getByRole('cell', { name: 'MiniMax-M2.7' })).toBeVisible();
  await expect(work.getByRole('cell', { name: '1420 of 1500' })).toBeVisible();
  await expect(work.getByRole('cell', { name: 'echo [redacted]' })).toBeVisible();
  expect(fakeGlobal.requests.some((request) => request.headers.authorization === `Bearer ${CANARY}`)).toBe(
    true,
  );

  // A bad pay-as-you-go key: invalid, with a remedy.
  await keyField.fill(BAD_KEY);
  await page.getByLabel('Label').fill('Old key');
  await page.getByRole('button', { name: 'Add key' }).click();
  const old = page.getByRole('listitem', { name: /Old key/ });
  await expect(old.getByText('Pay-as-you-go')).toBeVisible();
  await old.getByRole('button', { name: 'Check' }).click();
  await expect(old.getByText('Invalid key')).toBeVisible();
  await expect(old.locator('.check-message')).toContainText(/key/i);
  // The echoed key is in neither the saved check result nor its code.
  const afterCheck = readFileSync(join(arena.dataDir, 'keys.json'), 'utf8');
  expect(afterCheck).toContain('invalid api key (1004): [redacted]');
  expect(afterCheck).not.toContain('BADKEY');
  await page.screenshot({ path: join(SCREENSHOTS, 'keys.png'), fullPage: true });

  // Remove it, with confirmation.
  await old.getByRole('button', { name: 'Delete…' }).click();
  await old.getByRole('button', { name: 'Delete Old key' }).click();
  await expect(page.getByRole('listitem', { name: /Old key/ })).toHaveCount(0);
  await expect(page.getByRole('listitem', { name: /Work plan/ })).toBeVisible();

  // Canary scan: nothing the page received, nothing it shows, and nothing on disk holds a key.
  const received = JSON.stringify(arena.traffic);
  expect(received).toContain('sk-cp-…7f3a');
  expect(received).toContain('invalid api key (1004): [redacted]');
  const stored = readFileSync(join(arena.dataDir, 'keys.json'), 'utf8');
  expect(stored).toContain('echo [redacted]');
  for (const secret of [CANARY, BAD_KEY, 'CANARY7f3a', 'BADKEY-0000']) {
    expect(received).not.toContain(secret);
    expect(await page.content()).not.toContain(secret);
    expect(stored).not.toContain(secret);
  }
  expect(await keyField.inputValue()).toBe('');
  expect(arena.pageErrors).toEqual([]);
});

test.describe('on a system without a keyring (basic_text)', () => {
  test.use({ arenaOptions: { env: {}, keyBackend: 'basic_text' } });

  test('says so, stores nothing, and offers session-only storage', async ({ arena }) => {
    const { page } = arena;
    await page.keyboard.press('Control+2');
    const warning = page.getByRole('region', { name: 'Key storage is not secure here' });
    await expect(warning).toContainText('fixed password');
    await expect(page.getByLabel('API key')).toBeDisabled();
    await page.screenshot({ path: join(SCREENSHOTS, 'keys-basic-text.png'), fullPage: true });

    await warning.getByRole('button', { name: 'Keep keys for this session only' }).click();
    await expect(page.getByText('Keys are kept for this session only')).toBeVisible();
    await page.getByLabel('API key').fill('sk-proj-session-only-key-1234');
    await page.getByRole('button', { name: 'Add key' }).click();
    await expect(page.getByText('sk-proj-…1234')).toBeVisible();
  });
});

test.describe('with keys in the environment', () => {
  test.use({
    arenaOptions: {
      env: {
        MINIMAX_CODE_PLAN_KEY: 'sk-cp-from-env-plan-9999',
        MINIMAX_API_KEY: 'sk-api-from-env-paygo-8888',
      },
      keyBackend: 'os',
    },
  });

  test('offers them, preselecting the one that takes precedence, and imports only on request', async ({
    arena,
  }) => {
    const { page } = arena;
    await page.keyboard.press('Control+2');
    const offer = page.getByRole('region', { name: 'Keys found in your environment' });
    await expect(offer.getByRole('checkbox', { name: /MINIMAX_CODE_PLAN_KEY/ })).toBeChecked();
    await expect(offer.getByRole('checkbox', { name: /MINIMAX_API_KEY/ })).not.toBeChecked();
    await expect(page.getByRole('listitem', { name: /MINIMAX/ })).toHaveCount(0);
    await offer.getByRole('button', { name: 'Import 1 key' }).click();
    await expect(page.getByRole('listitem', { name: /MINIMAX_CODE_PLAN_KEY/ })).toBeVisible();
    await expect(offer.getByRole('checkbox', { name: /MINIMAX_CODE_PLAN_KEY/ })).toHaveCount(0);
    expect(JSON.stringify(arena.traffic)).not.toContain('from-env-plan');
  });
});

test.describe('with a damaged key store', () => {
  test.use({ arenaOptions: { env: {}, keyBackend: 'os', keysFile: '{"keys": [ {"id": "trunc' } });

  test('starts with no keys, says what happened, and still works', async ({ arena }) => {
    const { page } = arena;
    await page.keyboard.press('Control+2');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText('moved to');
    await page.getByLabel('API key').fill('sk-proj-after-damage-key-5678');
    await page.getByLabel('Provider').selectOption('openai');
    await page.getByRole('button', { name: 'Add key' }).click();
    await expect(page.getByText('sk-proj-…5678')).toBeVisible();
    expect(arena.pageErrors).toEqual([]);
  });
});

test.describe('when the system cannot say how it protects keys (backend unknown)', () => {
  test.use({ arenaOptions: { env: {}, keyBackend: 'unknown' } });

  test('offers session-only storage and no "store anyway"', async ({ arena }) => {
    const { page } = arena;
    await page.keyboard.press('Control+2');
    const warning = page.getByRole('region', { name: 'Key storage is not secure here' });
    await expect(warning).toContainText('did not say how it would protect the keys');
    await expect(warning.getByRole('button')).toHaveText(['Keep keys for this session only']);
    await expect(page.getByRole('button', { name: 'Store them anyway' })).toHaveCount(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'keys-unknown-backend.png'), fullPage: true });

    await warning.getByRole('button', { name: 'Keep keys for this session only' }).click();
    await expect(page.getByText('Keys are kept for this session only')).toBeVisible();
    await page.getByLabel('API key').fill('sk-proj-session-only-key-4321');
    await page.getByRole('button', { name: 'Add key' }).click();
    await expect(page.getByText('sk-proj-…4321')).toBeVisible();
    // There is nothing else to switch to on this system.
    await expect(page.getByRole('button', { name: 'Change how keys are kept…' })).toHaveCount(0);
    expect(readFileSync(join(arena.dataDir, 'keys.json'), 'utf8')).not.toContain('"keys"');
    expect(arena.pageErrors).toEqual([]);
  });
});

test.describe('changing the storage choice later (basic_text)', () => {
  test.use({ arenaOptions: { env: {}, keyBackend: 'basic_text' } });

  test('session only, then store anyway, then back: the keys follow', async ({ arena }) => {
    const { page } = arena;
    const keysFile = () => JSON.parse(readFileSync(join(arena.dataDir, 'keys.json'), 'utf8'));
    await page.keyboard.press('Control+2');
    await page.getByRole('button', { name: 'Keep keys for this session only' }).click();
    await page.getByLabel('API key').fill('sk-proj-moves-around-key-2468');
    await page.getByRole('button', { name: 'Add key' }).click();
    await expect(page.getByText('sk-proj-…2468')).toBeVisible();
    expect(keysFile().keys).toBeUndefined();

    await page.getByRole('button', { name: 'Change how keys are kept…' }).click();
    const change = page.getByRole('region', { name: 'Change how keys are kept' });
    await expect(change).toContainText('written to disk');
    await change.getByRole('button', { name: 'Store them anyway' }).click();
    await expect(page.getByText('You chose to store them anyway')).toBeVisible();
    await expect(page.getByText('sk-proj-…2468')).toBeVisible();
    expect(keysFile().keys).toMatchObject([{ masked: 'sk-proj-…2468' }]);
    expect(readFileSync(join(arena.dataDir, 'keys.json'), 'utf8')).not.toContain('moves-around');

    await page.getByRole('button', { name: 'Change how keys are kept…' }).click();
    await change.getByRole('button', { name: 'Keep keys for this session only' }).click();
    await expect(page.getByText('Keys are kept for this session only')).toBeVisible();
    await expect(page.getByText('sk-proj-…2468')).toBeVisible();
    expect(keysFile().keys).toBeUndefined();
    expect(arena.pageErrors).toEqual([]);
  });
});

test.describe('with a stored key that no longer decrypts', () => {
  // Saved under another keychain: this session's cipher cannot read it.
  const foreign = {
    id: 'foreign-1',
    provider: 'openai',
    label: 'Old laptop',
    ciphertext: Buffer.alloc(48, 7).toString('base64'),
    masked: 'sk-proj-…1111',
    keyKind: 'standard',
    isDefault: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    lastCheck: null,
  };
  test.use({ arenaOptions: { env: {}, keyBackend: 'os', keysFile: JSON.stringify({ keys: [foreign] }) } });

  test('Check all marks that key alone, the others are checked, and Replace fixes it', async ({ arena }) => {
    const { page, fakeGlobal } = arena;
    fakeGlobal.setHandler({ method: 'GET', path: '/models', json: { data: [{ id: 'deepseek-chat' }] } });
    fakeGlobal.setHandler({ method: 'GET', path: '/v1/models', json: { data: [{ id: 'gpt-5-mini' }] } });
    await page.keyboard.press('Control+2');
    await page.getByLabel('API key').fill('sk-deepseek-works-here-5555');
    await page.getByLabel('Provider').selectOption('deepseek');
    await page.getByRole('button', { name: 'Add key' }).click();

    await page.getByRole('button', { name: 'Check all' }).click();
    const old = page.getByRole('listitem', { name: /Old laptop/ });
    const works = page.getByRole('listitem', { name: /DeepSeek key/ });
    await expect(old.getByText('Cannot decrypt')).toBeVisible();
    await expect(old.locator('.check-message')).toContainText('could not be decrypted');
    await expect(old.locator('.check-message')).toContainText('Paste the key again');
    await expect(works.getByText('Valid', { exact: true })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'decrypt' })).toHaveCount(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'keys-undecryptable.png'), fullPage: true });

    await old.getByRole('button', { name: 'Check' }).click();
    await expect(old.getByText('Cannot decrypt')).toBeVisible();

    await old.getByRole('button', { name: 'Replace…' }).click();
    await old.getByLabel('New key for Old laptop').fill('sk-proj-pasted-again-1111');
    await old.getByRole('button', { name: 'Save' }).click();
    await expect(old.getByText('Not checked yet.')).toBeVisible();
    await old.getByRole('button', { name: 'Check' }).click();
    await expect(old.getByText('Valid', { exact: true })).toBeVisible();
    expect(JSON.stringify(arena.traffic)).not.toContain('pasted-again');
    expect(arena.pageErrors).toEqual([]);
  });
});

test.describe('with several keys for one provider in the environment', () => {
  test.use({
    arenaOptions: {
      env: {
        MINIMAX_API_KEY: 'sk-api-from-env-paygo-8888',
        MINIMAX_CODE_PLAN_KEY: 'sk-cp-from-env-plan-9999',
      },
      keyBackend: 'os',
    },
  });

  test('the first launch shows a small banner that leads to the import offer', async ({ arena }) => {
    const { page } = arena;
    await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
    const banner = page.getByRole('region', { name: 'API keys found in your environment' });
    await expect(banner).toContainText('2 API keys were found in your environment variables (MiniMax)');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-banner.png') });
    await banner.getByRole('button', { name: 'Review on the Keys page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Keys found in your environment' })).toBeVisible();
    await expect(banner).toHaveCount(0);
    expect(arena.pageErrors).toEqual([]);
  });

  test('the banner can be dismissed, and stays dismissed', async ({ arena }) => {
    const { page } = arena;
    const banner = page.getByRole('region', { name: 'API keys found in your environment' });
    await banner.getByRole('button', { name: 'Not now' }).click();
    await expect(banner).toHaveCount(0);
    await page.keyboard.press('Control+3');
    await expect(banner).toHaveCount(0);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(banner).toHaveCount(0);
  });

  test('the variable that takes precedence becomes the default, whatever order they are ticked in', async ({
    arena,
  }) => {
    const { page } = arena;
    await page.keyboard.press('Control+2');
    const offer = page.getByRole('region', { name: 'Keys found in your environment' });
    const plan = offer.getByRole('checkbox', { name: /MINIMAX_CODE_PLAN_KEY/ });
    await plan.uncheck();
    await offer.getByRole('checkbox', { name: /MINIMAX_API_KEY/ }).check();
    await plan.check();
    await offer.getByRole('button', { name: 'Import 2 keys' }).click();
    const planRow = page.getByRole('listitem', { name: /MINIMAX_CODE_PLAN_KEY/ });
    const payRow = page.getByRole('listitem', { name: /MINIMAX_API_KEY/ });
    await expect(planRow.getByText('Default', { exact: true })).toBeVisible();
    await expect(payRow.getByRole('button', { name: 'Set default' })).toBeVisible();
    await expect(payRow.getByText('Default', { exact: true })).toHaveCount(0);
  });
});

test.describe('with a key saved by a newer version', () => {
  // A provider this version does not know, and a field it never heard of.
  const newer = {
    id: 'newer-1',
    provider: 'mistral',
    label: 'Team Mistral',
    ciphertext: Buffer.alloc(48, 5).toString('base64'),
    masked: 'ms-…9a9a',
    keyKind: 'workspace',
    scopes: ['chat'],
    isDefault: true,
    createdAt: '2027-03-01T00:00:00.000Z',
    lastCheck: null,
  };
  const asWritten = JSON.stringify(newer, null, 2)
    .split('\n')
    .map((line, index) => (index === 0 ? line : `    ${line}`))
    .join('\n');
  test.use({
    arenaOptions: {
      env: {},
      keyBackend: 'os',
      keysFile: `${JSON.stringify({ keys: [newer] }, null, 2)}\n`,
    },
  });

  test('shows it as such, keeps it byte for byte when a key is added, and lets it be deleted', async ({
    arena,
  }) => {
    const { page } = arena;
    const keysFile = () => readFileSync(join(arena.dataDir, 'keys.json'), 'utf8');
    await page.keyboard.press('Control+2');
    const row = page.getByRole('listitem', { name: /Team Mistral/ });
    await expect(row.getByText('From a newer version')).toBeVisible();
    await expect(row).toHaveAccessibleDescription(/newer version of BYOK Arena saved this key/);
    await expect(row.getByRole('button', { name: 'Check' })).toHaveCount(0);
    await expect(row.getByRole('button', { name: 'Replace…' })).toHaveCount(0);

    await page.getByLabel('API key').fill('sk-proj-added-next-to-it-1357');
    await page.getByLabel('Provider').selectOption('openai');
    await page.getByRole('button', { name: 'Add key' }).click();
    await expect(page.getByText('sk-proj-…1357')).toBeVisible();
    expect(keysFile()).toContain(asWritten);
    await page.screenshot({ path: join(SCREENSHOTS, 'keys-newer-version.png'), fullPage: true });

    await row.getByRole('button', { name: 'Delete…' }).click();
    await row.getByRole('button', { name: 'Delete Team Mistral' }).click();
    await expect(page.getByRole('listitem', { name: /Team Mistral/ })).toHaveCount(0);
    expect(keysFile()).not.toContain('newer-1');
    expect(keysFile()).toContain('sk-proj-…1357');
    expect(arena.pageErrors).toEqual([]);
  });
});
