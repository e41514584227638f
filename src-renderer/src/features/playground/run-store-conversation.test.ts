// The conversation a Playground follow-up continues: main names it on the first run, the window sends
// it back with every follow-up (so History keeps the turns together), and History can resume one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompareRequest } from '../../../../src-shared/compare.ts';
import type { ProviderInfo } from '../../../../src-shared/domain.ts';
import { loadProviders } from '../../lib/use-providers.ts';
import { useKeys } from '../keys/keys-store.ts';
import { emptyRunSlice, startedColumn } from './run-state.ts';
import { usePlaygroundRun } from './run-store.ts';
import { usePlaygroundSetup } from './setup-store.ts';

/** compare.start as main answers it: a new conversation unless the request continues one. */
function compareBridge() {
  const sent: CompareRequest[] = [];
  let answer: (() => void) | null = null;
  let hold = false;
  const start = async (request: CompareRequest) => {
    sent.push(request);
    if (hold) await new Promise<void>((resolve) => (answer = resolve));
    const conversationId = request.conversationId ?? `conv-${sent.length}`;
    return { ok: true as const, value: { runId: `run-${sent.length}`, conversationId } };
  };
  const cancel = async () => ({ ok: true as const, value: undefined });
  const list = async () => ({
    ok: true as const,
    value: [{ id: 'openai', displayName: 'OpenAI' } as ProviderInfo],
  });
  return {
    sent,
    holdStarts: () => {
      hold = true;
    },
    answerStart: () => answer?.(),
    arena: { compare: { start, cancel }, providers: { list } },
  };
}

let bridge: ReturnType<typeof compareBridge>;

beforeEach(async () => {
  bridge = compareBridge();
  vi.stubGlobal('window', { arena: bridge.arena });
  usePlaygroundSetup.setState({
    loaded: false,
    columns: [{ id: 'a', provider: 'openai', model: 'gpt-5-mini' }],
    defaults: {},
    systemPrompt: '',
  });
  usePlaygroundRun.getState().newConversation();
  usePlaygroundRun.setState({ ...emptyRunSlice(), running: false, startError: null });
  useKeys.setState({ status: null, keys: [] });
  await loadProviders();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The answers of the last run ended (main's events are not part of these tests). */
const answersEnded = () => usePlaygroundRun.setState({ running: false });

describe('the conversation id', () => {
  it('is left to main on a first run, sent back with each follow-up, and dropped by New conversation', async () => {
    await usePlaygroundRun.getState().run('first');
    answersEnded();
    await usePlaygroundRun.getState().run('follow-up');
    answersEnded();
    usePlaygroundRun.getState().newConversation();
    await usePlaygroundRun.getState().run('fresh');
    expect(bridge.sent.map((request) => request.conversationId)).toEqual([undefined, 'conv-1', undefined]);
  });

  it('is not taken from a start that was cancelled by New conversation before main answered', async () => {
    bridge.holdStarts();
    const started = usePlaygroundRun.getState().run('first');
    usePlaygroundRun.getState().newConversation();
    bridge.answerStart();
    await started;
    answersEnded();
    expect(usePlaygroundRun.getState().conversationId).toBeNull();
  });
});

describe('resuming a conversation', () => {
  it('shows its columns and sends its id and each column’s turns with the next prompt', async () => {
    const history = [
      { role: 'user' as const, content: 'Earlier' },
      { role: 'assistant' as const, content: 'Earlier answer' },
    ];
    const done = { ...startedColumn('run-9', 'Earlier', []), phase: 'done' as const, text: 'Earlier answer' };
    const run = { ...done, turns: history };
    const cost = { usd: 0.25, cny: 0.1, estimatedUsd: 0.264, unknownColumns: 1 };
    usePlaygroundRun.getState().resumeConversation('conv-stored', new Map([['a', run]]), cost);
    const state = usePlaygroundRun.getState();
    expect(state.columns.get('a')?.text).toBe('Earlier answer');
    expect(state.conversationCost).toEqual(cost);
    await usePlaygroundRun.getState().run('Next');
    expect(bridge.sent[0]?.conversationId).toBe('conv-stored');
    expect(bridge.sent[0]?.columns[0]?.history).toEqual(history);
  });
});
