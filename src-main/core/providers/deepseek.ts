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
  openai: {
    maxTokensField: 'max_tokens',
    reasoningTags: false,
    // V4 models think by default and switch with thinking.type.
    reasoningSwitch: (on) => ({ thinking: { type: on ? 'enabled' : 'disabled' } }),
  },
  // deepseek-chat and deepseek-reasoner were retired after 2026-07-24; deepseek-flash is the current
  // Flash name (V4.1), and the older deepseek-v4-flash is still accepted and billed as Flash.
  models: [
    { id: 'deepseek-flash', contextWindow: 1_000_000, maxOutputTokens: 384_000, reasoning: true },
    { id: 'deepseek-v4-pro', contextWindow: 1_000_000, maxOutputTokens: 384_000, reasoning: true },
    { id: 'deepseek-v4-flash', contextWindow: 1_000_000, maxOutputTokens: 384_000, reasoning: true },
  ],
  keyKind: standardKeyKind,
  modelListPath: '/models',
  docsUrl: 'https://api-docs.deepseek.com',
};
