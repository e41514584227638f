import { describe, expect, it } from 'vitest';
import { createTempCore } from '../core-test-support.ts';

/** Pasted text that is not a key: every route that takes a key refuses all of it, for the same reason. */
const NOT_KEYS: [name: string, text: string][] = [
  ['a space inside', 'sk-proj-with space-1234'],
  ['a line feed inside', 'sk-proj-line\nbreak-123456'],
  ['CR/LF inside', 'sk-proj-line\r\nbreak-123456'],
  ['a lone CR inside', 'sk-proj-carriage\rreturn-1234'],
  ['a tab inside', 'sk-proj-tab\there-123456'],
  ['a no-break space inside', 'sk-proj-nbsp\u00a0here-123456'],
  ['a zero-width space inside', 'sk-proj-zero\u200bwidth-123456'],
  ['a NUL byte inside', 'sk-proj-nul\u0000byte-123456'],
  ['letters outside ASCII', 'sk-proj-ünïcode-123456'],
  ['too short', 'sk-1234'],
  ['only whitespace', ' \r\n\t '],
];

describe('what counts as a key: one rule for keys.add and keys.replace', () => {
  it.each(NOT_KEYS)('both routes refuse %s, naming the key field', async (_name, text) => {
    const { core: arena, call } = createTempCore();
    const stored = await call('keys.add', { provider: 'openai', key: 'sk-proj-stored-key-0001' });
    if (!stored.ok) throw new Error(stored.error.message);
    const { id } = stored.value as { id: string };

    const added = await call('keys.add', { provider: 'openai', key: text });
    const replaced = await call('keys.replace', { id, key: text });
    for (const result of [added, replaced]) {
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', field: 'key' } });
    }
    if (added.ok || replaced.ok) return;
    expect(replaced.error.message).toBe(added.error.message);
    expect(added.error.message).toMatch(/paste/i);
    expect(arena.vault.list()).toMatchObject([{ id, masked: 'sk-proj-…0001' }]);
    expect(await arena.vault.reveal(id)).toBe('sk-proj-stored-key-0001');
  });

  it.each(NOT_KEYS)(
    'the vault itself (used by the environment import) refuses %s too',
    async (_name, text) => {
      const { core: arena } = createTempCore();
      const stored = await arena.vault.add({ provider: 'openai', key: 'sk-proj-stored-key-0002' });
      await expect(arena.vault.add({ provider: 'openai', key: text })).rejects.toMatchObject({
        error: { kind: 'invalid_input', field: 'key' },
      });
      await expect(arena.vault.replace(stored.id, text)).rejects.toMatchObject({
        error: { kind: 'invalid_input', field: 'key' },
      });
      expect(await arena.vault.reveal(stored.id)).toBe('sk-proj-stored-key-0002');
    },
  );

  it('both routes accept a key with whitespace around it, and store it trimmed', async () => {
    const { core: arena, call } = createTempCore();
    const added = await call('keys.add', { provider: 'openai', key: '  sk-proj-padded-key-1111\r\n' });
    if (!added.ok) throw new Error(added.error.message);
    const { id } = added.value as { id: string };
    expect(await arena.vault.reveal(id)).toBe('sk-proj-padded-key-1111');
    const replaced = await call('keys.replace', { id, key: '\tsk-proj-padded-key-2222\n' });
    expect(replaced).toMatchObject({ ok: true, value: { masked: 'sk-proj-…2222' } });
    expect(await arena.vault.reveal(id)).toBe('sk-proj-padded-key-2222');
  });
});
