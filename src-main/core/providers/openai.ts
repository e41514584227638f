import { type ProviderDefinition, standardKeyKind } from './provider-definition.ts';

export const openai: ProviderDefinition = {
  id: 'openai',
  displayName: 'OpenAI',
  defaultWire: 'openai-chat',
  wires: ['openai-chat'],
  baseUrls: { global: { 'openai-chat': 'https://api.openai.com/v1' } },
  defaultRegion: 'global',
  keyEnv: ['OPENAI_API_KEY'],
  keyOptional: false,
  auth: { 'openai-chat': 'bearer' },
  openai: {
    maxTokensField: 'max_completion_tokens',
    reasoningTags: false,
    // The gpt-5 family always reasons; "minimal" is as close to off as it goes.
    reasoningSwitch: (on, model) =>
      !on && /^gpt-5(-mini|-nano)?$/.test(model) ? { reasoning_effort: 'minimal' } : undefined,
  },
  models: [
    { id: 'gpt-5', contextWindow: 400_000, maxOutputTokens: 128_000, reasoning: true },
    { id: 'gpt-5-mini', contextWindow: 400_000, maxOutputTokens: 128_000, reasoning: true },
    { id: 'gpt-4o', contextWindow: 128_000, maxOutputTokens: 16_384 },
    { id: 'gpt-4o-mini', contextWindow: 128_000, maxOutputTokens: 16_384 },
  ],
  keyKind: standardKeyKind,
  modelListPath: '/models',
  docsUrl: 'https://platform.openai.com/docs',
};
