import { type ProviderDefinition, standardKeyKind } from './provider-definition.ts';

/** Any OpenAI-compatible server at a user-given base URL; the default is a local Ollama. */
export const OLLAMA_BASE_URL = 'http://127.0.0.1:11434/v1';

export const custom: ProviderDefinition = {
  id: 'custom',
  displayName: 'OpenAI-compatible (custom, Ollama)',
  defaultWire: 'openai-chat',
  wires: ['openai-chat'],
  baseUrls: { global: { 'openai-chat': OLLAMA_BASE_URL } },
  defaultRegion: 'global',
  keyEnv: ['CUSTOM_OPENAI_API_KEY', 'OLLAMA_API_KEY'],
  keyOptional: true,
  auth: { 'openai-chat': 'bearer' },
  openai: { maxTokensField: 'max_tokens', reasoningTags: true },
  models: [],
  keyKind: standardKeyKind,
  modelListPath: '/models',
  docsUrl: 'https://github.com/ollama/ollama/blob/main/docs/openai.md',
};
