import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Conversation, ExportFormat } from '../../../../src-shared/history.ts';
import { ArenaErrorException } from '../../ipc/arena-error-exception.ts';
import { SecretRegistry } from '../../keys/secret-registry.ts';
import type { ChooseSavePath } from './choose-save-path.ts';
import { exportConversation } from './export-conversation.ts';
import { CONVERSATION, EXPORTED_AT } from './export-test-fixture.ts';

const KEY = 'sk-test-0123456789abcdefKEY';

let folder: string;
let asked: { name: string; format: ExportFormat }[];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'arena-export-'));
  asked = [];
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The test's save dialog: answers with a path in the temp folder under the offered name. */
const saveIntoFolder: ChooseSavePath = async (name, format) => {
  asked.push({ name, format });
  return join(folder, name);
};

function deps(chooseSavePath: ChooseSavePath | undefined, conversation: Conversation = CONVERSATION) {
  const secrets = new SecretRegistry();
  secrets.add(KEY);
  return {
    getConversation: (id: string) => {
      if (id !== conversation.conversationId)
        throw new ArenaErrorException({ kind: 'invalid_input', message: 'gone' });
      return conversation;
    },
    chooseSavePath,
    scrubber: secrets.scrubber,
    now: () => EXPORTED_AT,
  };
}

describe('exportConversation', () => {
  it('writes the chosen format where the save port says and reports the path and bytes', async () => {
    const result = await exportConversation(
      { conversationId: 'conv-1', format: 'markdown' },
      deps(saveIntoFolder),
    );
    const path = join(folder, 'byok-arena-2026-11-27-conv-1.md');
    expect(asked).toEqual([{ name: 'byok-arena-2026-11-27-conv-1.md', format: 'markdown' }]);
    expect(result).toEqual({ saved: true, path, bytes: readFileSync(path).byteLength });
    expect(readFileSync(path, 'utf8').startsWith('# BYOK Arena conversation\n')).toBe(true);
  });

  it('exports one run under a name that says which turn', async () => {
    const result = await exportConversation(
      { conversationId: 'conv-1', runId: 'run-2', format: 'csv' },
      deps(saveIntoFolder),
    );
    expect(result.path).toBe(join(folder, 'byok-arena-2026-11-27-conv-1-turn-2.csv'));
    const rows = readFileSync(result.path ?? '', 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.startsWith('conv-1,run-2,2,')).toBe(true);
  });

  it('writes nothing and says saved: false when the dialog is cancelled', async () => {
    const result = await exportConversation(
      { conversationId: 'conv-1', format: 'json' },
      deps(async () => null),
    );
    expect(result).toEqual({ saved: false, path: null, bytes: 0 });
  });

  it('never writes a known key, even one that reached the stored answer', async () => {
    const [turn] = CONVERSATION.turns;
    const leaky: Conversation = {
      ...CONVERSATION,
      turns: [{ ...turn!, columns: [{ ...turn!.columns[0]!, text: `my key is ${KEY}` }] }],
    };
    for (const format of ['markdown', 'json', 'csv'] as const) {
      const result = await exportConversation(
        { conversationId: 'conv-1', format },
        deps(saveIntoFolder, leaky),
      );
      const text = readFileSync(result.path ?? '', 'utf8');
      expect(text).not.toContain(KEY);
      if (format !== 'csv') expect(text).toContain('my key is [redacted]');
    }
  });

  it('says where it could not write and what to do', async () => {
    writeFileSync(join(folder, 'a-file'), '');
    const blocked: ChooseSavePath = async (name) => join(folder, 'a-file', name);
    await expect(
      exportConversation({ conversationId: 'conv-1', format: 'markdown' }, deps(blocked)),
    ).rejects.toThrow(/could not be written to .*a-file.*Choose a folder you can write to/);
  });

  it('refuses where there is no save dialog to ask (the CLI)', async () => {
    await expect(
      exportConversation({ conversationId: 'conv-1', format: 'markdown' }, deps(undefined)),
    ).rejects.toThrow(/needs a save dialog/);
  });
});
