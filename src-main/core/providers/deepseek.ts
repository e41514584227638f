import { type ProviderDefinition, standardKeyKind } from './provider-definition.ts';

export const deepseek: ProviderDefinition = {
  id: 'deepseek',
  displayName: 'DeepSeek',
  defaultWire: 'openai-chat',
  wires: ['openai-chat'],
  baseUrls: { global: { 'openai-chat': 'https://api.deepseek.com' } },
  defaultRegion: 'global',
  keyEnv: ['DEEPSEEK_API_KEY'],
  keyOptional: false,
  auth: { 'openai-chat': 'bearer' },
  openai: { maxTokensField: 'max_tokens', reasoningTags: false },
  // deepseek-chat and deepseek-reasoner were retired after 2026-07-24.
  models: [
    { id: 'deepseek-v4-flash', contextWindow: 1_000_000 },
    { id: 'deepseek-v4-pro', contextWindow: 1_000_000, reasoning: true },
  ],
  keyKind: standardKeyKind,
  modelListPath: '/models',
  docsUrl: 'https://api-docs.deepseek.com',
};
