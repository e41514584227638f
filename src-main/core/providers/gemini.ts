import { type ProviderDefinition, standardKeyKind } from './provider-definition.ts';

/** The thinking models (2.5 and later), which take reasoning_effort. */
const THINKING = /^gemini-(2\.5|[3-9])/;

export const gemini: ProviderDefinition = {
  id: 'gemini',
  displayName: 'Google Gemini',
  defaultWire: 'openai-chat',
  wires: ['openai-chat'],
  baseUrls: { global: { 'openai-chat': 'https://generativelanguage.googleapis.com/v1beta/openai' } },
  defaultRegion: 'global',
  keyEnv: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
  keyOptional: false,
  auth: { 'openai-chat': 'bearer' },
  // With thoughts included, Gemini wraps them in <thought>…</thought> inside content.
  openai: {
    maxTokensField: 'max_tokens',
    reasoningTags: true,
    // Thoughts are returned only on request; Flash models can stop thinking, Pro models cannot.
    reasoningSwitch: (on, model) => {
      if (on) return { extra_body: { google: { thinking_config: { include_thoughts: true } } } };
      return /flash/i.test(model) ? { reasoning_effort: 'none' } : undefined;
    },
    // Gemini 2.5 maps low/medium/high onto thinking budgets and has no "minimal": low is its least.
    effortFields: (effort, model) => {
      if (!THINKING.test(model)) return undefined;
      return { reasoning_effort: effort === 'minimal' && model.startsWith('gemini-2.5') ? 'low' : effort };
    },
  },
  reasoningEffort: true,
  models: [
    { id: 'gemini-2.5-pro', contextWindow: 1_048_576, maxOutputTokens: 65_536, reasoning: true },
    { id: 'gemini-2.5-flash', contextWindow: 1_048_576, maxOutputTokens: 65_536, reasoning: true },
  ],
  keyKind: standardKeyKind,
  modelListPath: '/models',
  docsUrl: 'https://ai.google.dev/gemini-api/docs/openai',
};
