import { describe, expect, it } from 'vitest';
import { compareRequestSchema } from '../../../../src-shared/compare-schemas.ts';
import type { ChatTurn } from '../../../../src-shared/conversation.ts';
import { buildCompareRequest, columnNamedBy, requestProblem } from './run-request.ts';
import type { PlaygroundColumn } from './setup-store.ts';

const minimax: PlaygroundColumn = {
  id: 'c1',
  provider: 'minimax',
  model: 'MiniMax-M2.7',
  wire: 'anthropic-messages',
  region: undefined,
  params: { temperature: 0.3, maxOutputTokens: undefined },
};
const openai: PlaygroundColumn = { id: 'c2', provider: 'openai', model: 'gpt-5-mini', keyId: 'key-7' };
const history: ChatTurn[] = [
  { role: 'user', content: 'Hi' },
  { role: 'assistant', content: 'Hello', replay: { blocks: [{ type: 'text', text: 'Hello' }] } },
];

describe('buildCompareRequest', () => {
  it('sends each column its setup and its own history, and passes main’s strict schema', () => {
    const request = buildCompareRequest('Next?', [minimax, openai], (id) => (id === 'c1' ? history : []), {
      defaults: { temperature: 1, reasoning: undefined },
      systemPrompt: 'Be brief.',
    });
    expect(request).toEqual({
      prompt: 'Next?',
      system: 'Be brief.',
      params: { temperature: 1 },
      columns: [
        {
          columnId: 'c1',
          provider: 'minimax',
          model: 'MiniMax-M2.7',
          wire: 'anthropic-messages',
          params: { temperature: 0.3 },
          history,
        },
        { columnId: 'c2', provider: 'openai', model: 'gpt-5-mini', keyId: 'key-7' },
      ],
    });
    expect(compareRequestSchema.safeParse(request).success).toBe(true);
  });

  it('leaves out a blank system prompt', () => {
    const request = buildCompareRequest('Hi', [openai], () => [], { defaults: {}, systemPrompt: '  \n' });
    expect(request).not.toHaveProperty('system');
  });
});

describe('requestProblem', () => {
  it('asks for a model when there is none', () => {
    const request = buildCompareRequest('Hi', [], () => [], { defaults: {}, systemPrompt: '' });
    expect(requestProblem(request)?.message).toMatch(/Add a model/);
  });

  it('stops a conversation past the history limit with a clear way out', () => {
    const long: ChatTurn[] = Array.from({ length: 51 }, () => history).flat();
    const request = buildCompareRequest('Hi', [openai, minimax], (id) => (id === 'c1' ? long : []), {
      defaults: {},
      systemPrompt: '',
    });
    const problem = requestProblem(request);
    expect(problem).toMatchObject({ field: 'columns.1.history' });
    expect(problem?.message).toMatch(/start a new conversation/);
    expect(problem && columnNamedBy(problem, request)).toBe('c1');
  });
});

describe('columnNamedBy', () => {
  const request = buildCompareRequest('Hi', [minimax, openai], () => [], { defaults: {}, systemPrompt: '' });
  it('finds the column a field path names', () => {
    expect(columnNamedBy({ kind: 'invalid_input', message: 'x', field: 'columns.1.keyId' }, request)).toBe(
      'c2',
    );
    expect(columnNamedBy({ kind: 'invalid_input', message: 'x', field: 'columns.0' }, request)).toBe('c1');
  });
  it('names none for request-wide fields or indexes out of range', () => {
    expect(columnNamedBy({ kind: 'invalid_input', message: 'x', field: 'prompt' }, request)).toBeNull();
    expect(
      columnNamedBy({ kind: 'invalid_input', message: 'x', field: 'columns.9.keyId' }, request),
    ).toBeNull();
    expect(columnNamedBy({ kind: 'invalid_input', message: 'x' }, request)).toBeNull();
  });
});
