import type { ProviderId } from '../../../src-shared/domain.ts';
import { anthropic } from './anthropic.ts';
import { custom } from './custom.ts';
import { deepseek } from './deepseek.ts';
import { gemini } from './gemini.ts';
import { minimax } from './minimax.ts';
import { moonshot } from './moonshot.ts';
import { openai } from './openai.ts';
import { openrouter } from './openrouter.ts';
import type { ProviderDefinition } from './provider-definition.ts';

export const PROVIDERS: Readonly<Record<ProviderId, ProviderDefinition>> = {
  minimax,
  openai,
  anthropic,
  deepseek,
  gemini,
  moonshot,
  openrouter,
  custom,
};

export function getProvider(id: ProviderId): ProviderDefinition {
  return PROVIDERS[id];
}

export function isProviderId(value: string): value is ProviderId {
  return Object.hasOwn(PROVIDERS, value);
}
