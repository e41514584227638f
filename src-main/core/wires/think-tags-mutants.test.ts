import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { ThinkTagSplitter } from './think-tags.ts';

/**
 * ECMAScript's whitespace, which `\s` and `String.prototype.trim` share (ECMA-262, WhiteSpace and
 * LineTerminator): tab, line tabulation, form feed, line feed, carriage return, space, no-break space,
 * the Zs separators, the line and paragraph separators, and the byte order mark. U+0085 and U+180E are not.
 */
const WHITESPACE_CODES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

function split(content: string): { text: string; reasoning: string } {
  const splitter = new ThinkTagSplitter();
  const events: StreamEvent[] = [...splitter.push(content), ...splitter.end()];
  const join = (type: 'text' | 'reasoning') =>
    events.map((event) => (event.type === type ? event.delta : '')).join('');
  return { text: join('text'), reasoning: join('reasoning') };
}

describe('ThinkTagSplitter: what counts as whitespace', () => {
  it('trims exactly ECMAScript whitespace around reasoning, for every UTF-16 code unit', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code === 0x3c) continue; // '<' starts a different tag: the tag tests cover it
      const c = String.fromCharCode(code);
      const white = WHITESPACE_CODES.has(code);
      const { text, reasoning } = split(`${c}<think>${c}plan${c}</think>Yes.`);
      const expected = white
        ? { text: 'Yes.', reasoning: 'plan' }
        : { text: `${c}<think>${c}plan${c}</think>Yes.`, reasoning: '' };
      if (text !== expected.text || reasoning !== expected.reasoning) wrong.push(code.toString(16));
      if (!white) {
        const inside = split(`<think>${c}plan${c}</think>Yes.`);
        if (inside.reasoning !== `${c}plan${c}`) wrong.push(`inside ${code.toString(16)}`);
      }
    }
    expect(wrong).toStrictEqual([]);
  });
});
