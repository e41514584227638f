import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ColumnSummary, CompareRequest } from '../../../../src-shared/compare.ts';
import type { ProviderInfo } from '../../../../src-shared/domain.ts';
import type { KeySummary, KeysStatus } from '../../../../src-shared/keys.ts';
import { loadProviders } from '../../lib/use-providers.ts';
import { useKeys } from '../keys/keys-store.ts';
import { emptyRunSlice, startedColumn } from './run-state.ts';
import { usePlaygroundRun } from './run-store.ts';
import { usePlaygroundSetup } from './setup-store.ts';

const STATUS: KeysStatus = {
  mode: 'session',
  backend: 'memory',
  envKeys: [],
  importDismissed: false,
} as never;

function key(id: string, provider: KeySummary['provider'], isDefault: boolean, label = ''): KeySummary {
  return {
    id,
    provider,
    label,
    masked: `sk-…${id}`,
    keyKind: 'api',
    isDefault,
    createdAt: '2026-11-01T00:00:00Z',
    lastCheck: null,
  } as KeySummary;
}

/** compare.start as main answers it, keeping what it was sent. */
function compareBridge() {
  const sent: CompareRequest[] = [];
  const start = async (request: CompareRequest) => {
    sent.push(request);
    return { ok: true as const, value: { runId: `run-${sent.length}` } };
  };
  const cancel = async () => ({ ok: true as const, value: undefined });
  const list = async () => ({
    ok: true as const,
    value: [{ id: 'minimax', displayName: 'MiniMax' } as ProviderInfo],
  });
  return { sent, arena: { compare: { start, cancel }, providers: { list } } };
}

let bridge: ReturnType<typeof compareBridge>;

beforeEach(async () => {
  bridge = compareBridge();
  vi.stubGlobal('window', { arena: bridge.arena });
  usePlaygroundSetup.setState({ loaded: false, columns: [], defaults: {}, systemPrompt: '' });
  usePlaygroundRun.setState({ ...emptyRunSlice(), running: false, startError: null });
  useKeys.setState({ status: null, keys: [] });
  await loadProviders();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const failed: ColumnSummary = {
  usage: null,
  finishReason: null,
  error: { kind: 'model_not_found', message: 'No such model' },
  timing: { ttftMs: null, totalMs: 100, tokensPerSecond: null, tokensEstimated: false },
  cost: null,
  truncated: false,
};

describe('a column whose chosen key was removed', () => {
  beforeEach(() => {
    usePlaygroundSetup.setState({
      columns: [
        { id: 'a', provider: 'minimax', model: 'MiniMax-M2.7', keyId: 'removed-key' },
        { id: 'b', provider: 'minimax', model: 'MiniMax-M2.7', keyId: 'second' },
      ],
    });
  });

  it('runs with the default key and says so on that column; a column whose key exists keeps it', async () => {
    useKeys.setState({
      status: STATUS,
      keys: [key('first', 'minimax', true, 'Plan'), key('second', 'minimax', false)],
    });
    await usePlaygroundRun.getState().run('hi');
    const [request] = bridge.sent;
    expect(request?.columns.map((column) => column.keyId)).toEqual([undefined, 'second']);
    const runs = usePlaygroundRun.getState().columns;
    expect(runs.get('a')?.notice).toBe('Its key was removed; using the default MiniMax key (Plan).');
    expect(runs.get('b')?.notice).toBeNull();
    // The column's own setting stays, for its settings to show and change.
    expect(usePlaygroundSetup.getState().columns[0]?.keyId).toBe('removed-key');
  });

  it('says there is no other key when the provider has none left', async () => {
    usePlaygroundSetup.setState({
      columns: [{ id: 'a', provider: 'minimax', model: 'MiniMax-M2.7', keyId: 'removed-key' }],
    });
    useKeys.setState({ status: STATUS, keys: [] });
    await usePlaygroundRun.getState().run('hi');
    expect(bridge.sent[0]?.columns[0]?.keyId).toBeUndefined();
    expect(usePlaygroundRun.getState().columns.get('a')?.notice).toBe(
      'Its key was removed and no other MiniMax key is stored: add one on the Keys page.',
    );
  });

  it('sends the choice unchanged while the key list has not loaded (main checks it)', async () => {
    await usePlaygroundRun.getState().run('hi');
    expect(bridge.sent[0]?.columns.map((column) => column.keyId)).toEqual(['removed-key', 'second']);
  });
});

describe('a removed column', () => {
  it('leaves no run behind: "Retry failed" counts and reruns only the columns still there', async () => {
    usePlaygroundSetup.setState({
      loaded: true,
      columns: [
        { id: 'a', provider: 'openai', model: 'gpt-5-mini' },
        { id: 'b', provider: 'openai', model: 'nonexistent-model' },
      ],
    });
    const columns = new Map(
      ['a', 'b'].map((id) => [
        id,
        { ...startedColumn('run-0', 'hi', []), phase: 'failed' as const, summary: failed },
      ]),
    );
    usePlaygroundRun.setState({ columns });
    usePlaygroundSetup.getState().remove('b');
    expect([...usePlaygroundRun.getState().columns.keys()]).toEqual(['a']);
    await usePlaygroundRun.getState().retryFailed();
    expect(bridge.sent.map((request) => request.columns.map((column) => column.columnId))).toEqual([['a']]);
  });
});
