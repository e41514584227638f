import { type ProviderDefinition, standardKeyKind } from './provider-definition.ts';

export const openrouter: ProviderDefinition = {
  id: 'openrouter',
  displayName: 'OpenRouter',
  defaultWire: 'openai-chat',
  wires: ['openai-chat'],
  baseUrls: { global: { 'openai-chat': 'https://openrouter.ai/api/v1' } },
  defaultRegion: 'global',
  keyEnv: ['OPENROUTER_API_KEY'],
  keyOptional: false,
  auth: { 'openai-chat': 'bearer' },
  openai: {
    maxTokensField: 'max_tokens',
    reasoningTags: true,
    // OpenRouter's unified switch; it maps it onto each upstream model's own parameter.
    reasoningSwitch: (on) => ({ reasoning: { enabled: on } }),
    effortFields: (effort) => ({ reasoning: { effort } }),
  },
  reasoningEffort: true,
  models: [
    { id: 'minimax/minimax-m2', reasoning: true },
    { id: 'openai/gpt-4o-mini' },
    { id: 'anthropic/claude-sonnet-4.5', reasoning: true },
  ],
  keyKind: standardKeyKind,
  modelListPath: '/models',
  docsUrl: 'https://openrouter.ai/docs',
};
