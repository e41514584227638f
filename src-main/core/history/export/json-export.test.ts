import { describe, expect, it } from 'vitest';
import { CONVERSATION, EXPORTED_AT } from './export-test-fixture.ts';
import { conversationJson } from './json-export.ts';

describe('conversationJson', () => {
  it('wraps the stored conversation in the documented envelope and round-trips', () => {
    const parsed: unknown = JSON.parse(conversationJson(CONVERSATION, EXPORTED_AT));
    expect(parsed).toEqual({
      format: 'byok-arena.conversation',
      version: 1,
      exportedAt: '2026-11-27T10:00:00.000Z',
      conversation: CONVERSATION,
    });
  });

  it('is indented for people and ends with a newline', () => {
    const text = conversationJson(CONVERSATION, EXPORTED_AT);
    expect(text.startsWith('{\n  "format": "byok-arena.conversation",\n  "version": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
