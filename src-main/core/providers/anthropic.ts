import { type ProviderDefinition, standardKeyKind } from './provider-definition.ts';

export const anthropic: ProviderDefinition = {
  id: 'anthropic',
  displayName: 'Anthropic',
  defaultWire: 'anthropic-messages',
  wires: ['anthropic-messages'],
  baseUrls: { global: { 'anthropic-messages': 'https://api.anthropic.com' } },
  defaultRegion: 'global',
  keyEnv: ['ANTHROPIC_API_KEY'],
  keyOptional: false,
  auth: { 'anthropic-messages': 'x-api-key' },
  anthropic: { thinking: 'budget', defaultMaxTokens: 8192 },
  // The level sizes the thinking budget (see anthropic-messages-body.ts).
  reasoningEffort: true,
  models: [
    { id: 'claude-sonnet-4-5', contextWindow: 200_000, maxOutputTokens: 64_000, reasoning: true },
    { id: 'claude-haiku-4-5', contextWindow: 200_000, maxOutputTokens: 64_000, reasoning: true },
    { id: 'claude-opus-4-1', contextWindow: 200_000, maxOutputTokens: 32_000, reasoning: true },
  ],
  keyKind: standardKeyKind,
  modelListPath: '/v1/models',
  docsUrl: 'https://docs.anthropic.com',
};
