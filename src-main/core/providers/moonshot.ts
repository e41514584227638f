import { type ProviderDefinition, standardKeyKind } from './provider-definition.ts';

export const moonshot: ProviderDefinition = {
  id: 'moonshot',
  displayName: 'Moonshot (Kimi)',
  defaultWire: 'openai-chat',
  wires: ['openai-chat'],
  baseUrls: {
    global: { 'openai-chat': 'https://api.moonshot.ai/v1' },
    china: { 'openai-chat': 'https://api.moonshot.cn/v1' },
  },
  defaultRegion: 'global',
  keyEnv: ['MOONSHOT_API_KEY', 'KIMI_API_KEY'],
  keyOptional: false,
  auth: { 'openai-chat': 'bearer' },
  openai: { maxTokensField: 'max_tokens', reasoningTags: false },
  models: [
    { id: 'kimi-k2-0905-preview', contextWindow: 262_144 },
    { id: 'kimi-k2-thinking', contextWindow: 262_144, reasoning: true },
  ],
  keyKind: standardKeyKind,
  modelListPath: '/models',
  docsUrl: 'https://platform.moonshot.ai/docs',
};
