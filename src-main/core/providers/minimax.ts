import { minimaxKeyKind } from '../../../src-shared/key-detect.ts';
import { rawContentAssistant } from '../wires/openai-history.ts';
import type { ProviderDefinition } from './provider-definition.ts';

const M2_CONTEXT = 204_800;

export const minimax: ProviderDefinition = {
  id: 'minimax',
  displayName: 'MiniMax',
  defaultWire: 'openai-chat',
  wires: ['openai-chat', 'anthropic-messages'],
  baseUrls: {
    global: {
      'openai-chat': 'https://api.minimax.io/v1',
      'anthropic-messages': 'https://api.minimax.io/anthropic',
    },
    china: {
      'openai-chat': 'https://api.minimaxi.com/v1',
      'anthropic-messages': 'https://api.minimaxi.com/anthropic',
    },
  },
  defaultRegion: 'global',
  keyEnv: ['MINIMAX_CODE_PLAN_KEY', 'MINIMAX_CODING_API_KEY', 'MINIMAX_API_KEY'],
  keyOptional: false,
  // Bearer on both wires: x-api-key failed with 1033 on the China /anthropic endpoint.
  auth: { 'openai-chat': 'bearer', 'anthropic-messages': 'bearer' },
  openai: {
    maxTokensField: 'max_completion_tokens',
    minTemperature: 0.01,
    reasoningTags: true,
    // M3 thinks adaptively unless told not to; the M2 family always thinks.
    reasoningSwitch: (on, model) =>
      /^MiniMax-M3/i.test(model) ? { thinking: { type: on ? 'adaptive' : 'disabled' } } : undefined,
    // The model relies on its earlier reasoning: the <think> content goes back unchanged.
    assistantHistory: rawContentAssistant,
  },
  anthropic: { thinking: 'budget', defaultMaxTokens: 8192 },
  models: [
    { id: 'MiniMax-M3', contextWindow: 1_000_000, maxOutputTokens: 131_072, reasoning: true },
    { id: 'MiniMax-M2.7', contextWindow: M2_CONTEXT, maxOutputTokens: 65_536, reasoning: true },
    { id: 'MiniMax-M2.7-highspeed', contextWindow: M2_CONTEXT, maxOutputTokens: 65_536, reasoning: true },
    { id: 'MiniMax-M2.5', contextWindow: M2_CONTEXT, reasoning: true },
    {
      id: 'MiniMax-M2.5-highspeed',
      contextWindow: M2_CONTEXT,
      reasoning: true,
      aliases: ['MiniMax-M2.5-lightning'],
    },
    { id: 'MiniMax-M2.1', contextWindow: M2_CONTEXT, reasoning: true },
    {
      id: 'MiniMax-M2.1-highspeed',
      contextWindow: M2_CONTEXT,
      reasoning: true,
      aliases: ['MiniMax-M2.1-lightning'],
    },
    { id: 'MiniMax-M2', contextWindow: M2_CONTEXT, reasoning: true },
  ],
  keyKind: minimaxKeyKind,
  docsUrl: 'https://platform.minimax.io/docs',
};
