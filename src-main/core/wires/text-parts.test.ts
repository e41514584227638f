import { describe, expect, it } from 'vitest';
import { TextParts } from './text-parts.ts';

describe('TextParts', () => {
  it('reads back every piece in order, across the joins it makes as pieces arrive', () => {
    const parts = new TextParts();
    const pieces = Array.from({ length: 1000 }, (_, index) => `${index},`);
    for (const piece of pieces.slice(0, 600)) parts.add(piece);
    expect(parts.text()).toBe(pieces.slice(0, 600).join(''));
    for (const piece of pieces.slice(600)) parts.add(piece);
    expect(parts.text()).toBe(pieces.join(''));
    expect(parts.text()).toBe(pieces.join(''));
  });

  it('is empty text until something is added', () => {
    const parts = new TextParts();
    expect(parts.text()).toBe('');
    parts.add('');
    expect(parts.text()).toBe('');
  });
});
