import { describe, expect, it } from 'vitest';
import { ToolCallBuffer } from './tool-call-buffer.ts';

describe('ToolCallBuffer after a limit is passed', () => {
  it('takes nothing more in once too many calls began', () => {
    const buffer = new ToolCallBuffer({ maxHeldChars: 1000, maxToolCalls: 1 });
    expect(buffer.add(0, { id: 'call_1', name: 'lookup', arguments: '{"a":' })).toBe(true);
    expect(buffer.add(1, { id: 'call_2', name: 'lookup' })).toBe(false);
    expect(buffer.overflow).toBe('count');
    expect(buffer.add(0, { arguments: '1}' })).toBe(false);
    expect(buffer.heldChars).toBe('call_1lookup{"a":'.length);
    expect(buffer.take(0)).toStrictEqual({ id: 'call_1', name: 'lookup', arguments: '{"a":' });
  });

  it('takes nothing more in once the calls grew too large', () => {
    const buffer = new ToolCallBuffer({ maxHeldChars: 10, maxToolCalls: 5 });
    expect(buffer.add(0, { id: 'c', name: 'f', arguments: '{"x":"12345' })).toBe(false);
    expect(buffer.overflow).toBe('size');
    expect(buffer.add(0, { arguments: '"}' })).toBe(false);
    expect(buffer.add(1, { id: 'd', name: 'g' })).toBe(false);
    expect(buffer.takeAll()).toStrictEqual([
      { type: 'tool-call', call: { id: 'c', name: 'f', arguments: '{"x":"12345' } },
    ]);
  });
});

describe('ToolCallBuffer assembling calls', () => {
  // Some providers repeat the id and name on every piece: the first ones stay, and count once.
  it('keeps the first id, name and fallback of a call, counting them once', () => {
    const buffer = new ToolCallBuffer({ maxHeldChars: 1000, maxToolCalls: 5 });
    buffer.add(0, { id: 'call_1', name: 'lookup', fallback: '{}' });
    buffer.add(0, { id: 'call_1', name: 'lookup', fallback: '{}', arguments: '{"a":1}' });
    buffer.add(0, { id: 'call_9', name: 'other', fallback: '{"x":0}' });
    expect(buffer.heldChars).toBe('call_1'.length + 'lookup'.length + '{}'.length + '{"a":1}'.length);
    expect(buffer.take(0)).toStrictEqual({ id: 'call_1', name: 'lookup', arguments: '{"a":1}' });
    expect(buffer.heldChars).toBe(0);
  });

  it('hands the calls over in the order of their numeric index', () => {
    const buffer = new ToolCallBuffer({ maxHeldChars: 1000, maxToolCalls: 5 });
    for (const index of [10, 2, 1]) buffer.add(index, { id: `call_${index}`, name: 'f' });
    expect(buffer.takeAll().map((event) => (event.type === 'tool-call' ? event.call.id : ''))).toStrictEqual([
      'call_1',
      'call_2',
      'call_10',
    ]);
  });
});
