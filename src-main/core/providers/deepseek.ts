import { plainAssistant, reasoningContentAssistant } from '../wires/openai-history.ts';
import { type ProviderDefinition, standardKeyKind } from './provider-definition.ts';

/** The V4 models (deepseek-v4-*, and deepseek-flash, V4.1's name), which take reasoning_content back. */
const SENDS_REASONING_BACK = /^deepseek-(v4-|flash)/;

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
    // V4 wants its reasoning back; the retired deepseek-reasoner refused it (a rule per model).
    assistantHistory: (turn, model) =>
      SENDS_REASONING_BACK.test(model) ? reasoningContentAssistant(turn) : plainAssistant(turn),
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
