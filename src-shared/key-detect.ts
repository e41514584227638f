// What a pasted key's shape says: which provider it likely belongs to and how it is billed.
// Pure and shared: the renderer detects as the user types, without sending the key anywhere.
import type { KeyKind, ProviderId } from './domain.ts';

/** sk-cp- keys are MiniMax Token Plan (subscription), sk-api- pay-as-you-go; older MiniMax keys are JWTs. */
export function minimaxKeyKind(key: string): KeyKind {
  const value = key.trim();
  if (!value) return 'none';
  if (value.startsWith('sk-cp-')) return 'token_plan';
  if (value.startsWith('sk-api-')) return 'pay_as_you_go';
  if (/^eyJ[\w-]+\.[\w-]+\.[\w-]*$/.test(value)) return 'legacy_jwt';
  return 'standard';
}

const PREFIXES: readonly [prefix: string, providers: ProviderId[]][] = [
  ['sk-cp-', ['minimax']],
  ['sk-api-', ['minimax']],
  ['eyJ', ['minimax']],
  ['sk-ant-', ['anthropic']],
  ['sk-or-', ['openrouter']],
  ['sk-proj-', ['openai']],
  ['AIza', ['gemini']],
  // A bare sk- key could be OpenAI, DeepSeek or Moonshot: the user picks.
  ['sk-', ['openai', 'deepseek', 'moonshot']],
];

export interface KeyGuess {
  /** Providers whose keys look like this, most likely first; empty when the shape says nothing. */
  providers: ProviderId[];
  keyKind: KeyKind;
}

export function detectKey(key: string): KeyGuess {
  const value = key.trim();
  const match = PREFIXES.find(([prefix]) => value.startsWith(prefix));
  const providers = match ? [...match[1]] : [];
  if (!value) return { providers, keyKind: 'none' };
  // Stryker disable next-line ConditionalExpression: equivalent when forced true, see docs/mutation-equivalents.md
  const keyKind = providers[0] === 'minimax' ? minimaxKeyKind(value) : 'standard';
  return { providers, keyKind };
}

/** "sk-cp-…7f3a": the recognizable prefix and the last four characters, never more. */
export function maskKey(key: string): string {
  const value = key.trim();
  const prefix = /^(sk-(?:cp|api|proj|ant|or)-|sk-|eyJ|AIza)/.exec(value)?.[0] ?? '';
  // What follows the prefix is the secret: its last four show only when more of it stays hidden.
  if (value.length - prefix.length <= 8) return '…';
  return `${prefix}…${value.slice(-4)}`;
}
