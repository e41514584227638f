import type { ReasoningEffort } from '../../../src-shared/compare.ts';

/** What one column asks a model, before any wire gives it a shape. */
export interface ChatRequest {
  model: string;
  system?: string;
  messages: { role: 'user' | 'assistant'; content: string }[];
  temperature?: number;
  maxOutputTokens?: number;
  /** Ask for thinking where the model can switch it. */
  reasoning?: boolean;
  /** How hard to think, where the model takes a level; "reasoning off" wins over it. */
  reasoningEffort?: ReasoningEffort;
  tools?: { name: string; description?: string; parameters: Record<string, unknown> }[];
}
