import { type ProviderDefinition, standardKeyKind } from './provider-definition.ts';

/** The gpt-5 models whose lowest effort is "minimal" (the o-series starts at "low"). */
const TAKES_MINIMAL = /^gpt-5(-mini|-nano)?$/;
/** The reasoning models, which take reasoning_effort: the gpt-5 family (not its -chat models) and the o-series. */
const TAKES_EFFORT = /^(gpt-5|o\d)/;
/** gpt-5.1 and later: reasoning_effort defaults to "none", so reasoning on must name a level. */
const DEFAULTS_TO_NONE = /^gpt-5\.\d/;

function reasoningSwitch(on: boolean, model: string): Record<string, string> | undefined {
  if (DEFAULTS_TO_NONE.test(model) && !model.includes('-chat'))
    return { reasoning_effort: on ? 'medium' : 'none' };
  // The gpt-5 family always reasons; "minimal" is as close to off as it goes.
  return !on && TAKES_MINIMAL.test(model) ? { reasoning_effort: 'minimal' } : undefined;
}

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
    reasoningSwitch,
    effortFields: (effort, model) => {
      if (!TAKES_EFFORT.test(model) || model.includes('-chat')) return undefined;
      return { reasoning_effort: effort === 'minimal' && !TAKES_MINIMAL.test(model) ? 'low' : effort };
    },
  },
  reasoningEffort: true,
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
