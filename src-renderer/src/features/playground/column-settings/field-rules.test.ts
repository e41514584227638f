import { describe, expect, it } from 'vitest';
import {
  effortFrom,
  parseBaseUrl,
  parseMaxOutputTokens,
  parseTemperature,
  parseWhole,
  reasoningChoice,
  reasoningFrom,
} from './field-rules.ts';

const value = <T>(parsed: { ok: true; value: T | undefined } | { ok: false; error: string }) =>
  parsed.ok ? parsed.value : `error: ${parsed.error}`;

describe('parseTemperature', () => {
  it('takes 0 to 2, and an empty field as "inherit"', () => {
    expect(value(parseTemperature(''))).toBeUndefined();
    expect(value(parseTemperature('  '))).toBeUndefined();
    expect(value(parseTemperature('0'))).toBe(0);
    expect(value(parseTemperature(' 0.7 '))).toBe(0.7);
    expect(value(parseTemperature('2'))).toBe(2);
  });

  it('refuses what main would refuse, saying the range', () => {
    for (const text of ['2.1', '-1', 'warm', '1e0', '0x1', 'Infinity', '.5']) {
      expect(value(parseTemperature(text))).toMatch(/^error: Temperature is a number from 0 to 2/);
    }
  });
});

describe('parseMaxOutputTokens', () => {
  it('takes whole numbers up to the model’s own limit, with or without thousands separators', () => {
    expect(value(parseMaxOutputTokens('4096'))).toBe(4096);
    expect(value(parseMaxOutputTokens('65,536', 65_536))).toBe(65_536);
    expect(value(parseMaxOutputTokens('1048576'))).toBe(1_048_576);
  });

  it('refuses zero, fractions and more than the model or any request may have', () => {
    expect(value(parseMaxOutputTokens('0'))).toMatch(/from 1 to 1,048,576/);
    expect(value(parseMaxOutputTokens('1.5'))).toMatch(/whole number/);
    expect(value(parseMaxOutputTokens('1048577'))).toMatch(/from 1 to 1,048,576/);
    expect(value(parseMaxOutputTokens('70000', 65_536))).toMatch(/from 1 to 65,536/);
  });
});

describe('parseWhole', () => {
  it('bounds a timeout in seconds', () => {
    expect(value(parseWhole('600', 10, 3600, 'Whole-request timeout'))).toBe(600);
    expect(value(parseWhole('5', 10, 3600, 'Whole-request timeout'))).toBe(
      'error: Whole-request timeout is a whole number from 10 to 3,600.',
    );
  });
});

describe('parseBaseUrl', () => {
  it('takes http and https addresses as typed', () => {
    expect(value(parseBaseUrl(' https://api.example.com/v1 '))).toBe('https://api.example.com/v1');
    expect(value(parseBaseUrl('http://127.0.0.1:11434/v1'))).toBe('http://127.0.0.1:11434/v1');
    expect(value(parseBaseUrl(''))).toBeUndefined();
  });

  it('refuses other schemes, text that is no address, and addresses past 500 characters', () => {
    for (const text of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'api.example.com',
      'http://',
      `https://a.example/${'x'.repeat(500)}`,
    ]) {
      expect(value(parseBaseUrl(text))).toMatch(/^error: Base URL is a web address/);
    }
  });
});

describe('reasoning and effort choices', () => {
  it('map "default" to nothing and on/off to true/false, both ways', () => {
    expect([undefined, true, false].map(reasoningChoice)).toEqual(['', 'on', 'off']);
    expect((['', 'on', 'off'] as const).map(reasoningFrom)).toEqual([undefined, true, false]);
  });

  it('keeps only the effort levels main knows', () => {
    expect(effortFrom('high')).toBe('high');
    expect(effortFrom('')).toBeUndefined();
    expect(effortFrom('extreme')).toBeUndefined();
    expect(effortFrom('constructor')).toBeUndefined();
  });
});
