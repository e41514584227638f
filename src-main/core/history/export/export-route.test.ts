// 'history.export' through the whole core: a run at a loopback fake provider is recorded, then
// exported where the save port says; a cancelled dialog writes nothing.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sse, textChunk } from '../../client/client-test-support.ts';
import { createTempCore, loopbackHosts } from '../../core-test-support.ts';
import { fakeProviderForFile } from '../../http/http-test-support.ts';
import type { ChooseSavePath } from './choose-save-path.ts';

const KEY = 'sk-proj-export-canary-0123456789abcdef';

const fake = await fakeProviderForFile({
  method: 'POST',
  handle: (_request, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(
      sse(
        textChunk('The answer is | forty-two, with ``` inside.'),
        { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
        { choices: [], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } },
        '[DONE]',
      ),
    );
  },
});

async function recordedRun(chooseSavePath?: ChooseSavePath) {
  const temp = createTempCore({
    client: { hosts: loopbackHosts(fake.url) },
    ...(chooseSavePath ? { chooseSavePath } : {}),
  });
  const added = await temp.call('keys.add', { provider: 'openai', key: KEY, label: 'main' });
  if (!added.ok) throw new Error(added.error.message);
  const started = await temp.call('compare.start', {
    prompt: 'What is six times seven?',
    params: {},
    columns: [{ columnId: 'a', provider: 'openai', model: 'gpt-4o' }],
  });
  if (!started.ok) throw new Error(started.error.message);
  await temp.columnsDone(1);
  const { runId, conversationId } = started.value as { runId: string; conversationId: string };
  return { ...temp, runId, conversationId };
}

describe('history.export', () => {
  it('writes the recorded run where the save port says and returns saved, path and bytes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arena-export-route-'));
    const offered: string[] = [];
    const { call, conversationId, runId } = await recordedRun(async (name, format) => {
      offered.push(`${format}:${name}`);
      return join(folder, name);
    });
    const result = await call('history.export', { conversationId, runId, format: 'markdown' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { saved, path, bytes } = result.value as { saved: boolean; path: string; bytes: number };
    expect(saved).toBe(true);
    expect(offered).toEqual([`markdown:${path.slice(folder.length + 1)}`]);
    expect(path.endsWith('-turn-1.md')).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(bytes).toBe(Buffer.byteLength(text));
    expect(text).toContain('\n```text\nWhat is six times seven?\n```\n');
    expect(text).toContain('\n````markdown\nThe answer is | forty-two, with ``` inside.\n````\n');
    expect(text).toContain('\n| openai/gpt-4o | done | 10 | 5 |');
    expect(text).not.toContain(KEY);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arena-export-route-'));
    const { call, conversationId } = await recordedRun(async () => null);
    const result = await call('history.export', { conversationId, format: 'csv' });
    expect(result).toEqual({ ok: true, value: { saved: false, path: null, bytes: 0 } });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('says why where there is no save dialog (the CLI core), and for a conversation that is gone', async () => {
    const { call, conversationId } = await recordedRun();
    const refused = await call('history.export', { conversationId, format: 'json' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/needs a save dialog/);
    const folder = mkdtempSync(join(tmpdir(), 'arena-export-route-'));
    const withDialog = await recordedRun(async (name) => join(folder, name));
    const gone = await withDialog.call('history.export', {
      conversationId: 'no-such-conversation',
      format: 'json',
    });
    expect(gone.ok).toBe(false);
    expect(existsSync(join(folder, 'byok-arena'))).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });
});
