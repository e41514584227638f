import { describe, expect, it } from 'vitest';
import type { MoneyTotal } from '../../../../src-shared/history.ts';
import {
  historyDate,
  moneyTotalText,
  moneyTotalTitle,
  turnsText,
  voteText,
  winnerText,
} from './history-format.ts';

const total = (patch: Partial<MoneyTotal>): MoneyTotal => ({
  usd: 0,
  cny: 0,
  estimatedUsd: 0,
  unknownColumns: 0,
  ...patch,
});

describe('moneyTotalText', () => {
  it('writes a USD total alone', () => {
    expect(moneyTotalText(total({ usd: 0.0123, estimatedUsd: 0.0123 }))).toBe('$0.0123');
  });

  it('keeps CNY in CNY, with the estimated USD beside it', () => {
    expect(moneyTotalText(total({ cny: 0.02, estimatedUsd: 0.002817 }))).toBe('¥0.02 (~$0.002817)');
    expect(moneyTotalText(total({ usd: 0.01, cny: 0.02, estimatedUsd: 0.012817 }))).toBe(
      '$0.01 + ¥0.02 (~$0.01282)',
    );
  });

  it('never writes $0 for answers whose price is unknown', () => {
    expect(moneyTotalText(total({ unknownColumns: 2 }))).toBe('price unknown');
    expect(moneyTotalText(total({ usd: 0.5, estimatedUsd: 0.5, unknownColumns: 1 }))).toBe(
      '$0.50 + 1 unpriced',
    );
    expect(moneyTotalTitle(total({ usd: 0.5, unknownColumns: 1 }))).toContain('1 answer has no known price');
  });

  it('writes a real zero (failed answers that used no tokens) as $0.00', () => {
    expect(moneyTotalText(total({}))).toBe('$0.00');
  });
});

describe('winnerText', () => {
  it('names the winner, a tie, both bad, or nothing', () => {
    expect(winnerText({ provider: 'minimax', model: 'MiniMax-M2.7' })).toBe('minimax/MiniMax-M2.7');
    expect(winnerText('tie')).toBe('Tie');
    expect(winnerText('both_bad')).toBe('Both bad');
    expect(winnerText(null)).toBeNull();
  });
});

describe('historyDate and turnsText', () => {
  it('formats a date and leaves what is not one as it was', () => {
    expect(historyDate('2026-11-27T16:40:00Z')).toMatch(/^Nov 2[78], 2026, \d\d:\d\d$/);
    expect(historyDate('yesterday')).toBe('yesterday');
  });

  it('counts turns', () => {
    expect(turnsText(1)).toBe('1 turn');
    expect(turnsText(3)).toBe('3 turns');
  });
});

describe('voteText', () => {
  const labels = new Map([
    ['a', 'openai/gpt-5-mini'],
    ['b', 'minimax/MiniMax-M2.7'],
    ['c', 'deepseek/deepseek-v4-flash'],
  ]);
  it('names the columns of each kind of vote', () => {
    expect(voteText({ kind: 'pair', a: 'a', b: 'b', result: 'b' }, labels)).toBe(
      'Better: minimax/MiniMax-M2.7',
    );
    expect(voteText({ kind: 'pair', a: 'a', b: 'b', result: 'tie' }, labels)).toBe(
      'Tie between openai/gpt-5-mini and minimax/MiniMax-M2.7',
    );
    expect(voteText({ kind: 'best', best: 'c' }, labels)).toBe('Best: deepseek/deepseek-v4-flash');
    expect(voteText({ kind: 'ranking', order: ['c', 'a', 'zz'] }, labels)).toBe(
      'Ranked: deepseek/deepseek-v4-flash > openai/gpt-5-mini > a removed column',
    );
  });
});
