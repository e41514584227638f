import type { ReasoningEffort } from '../../../src-shared/compare.ts';
import type { ChatTurn } from '../../../src-shared/conversation.ts';

/** One turn of a column's conversation: the user's, or an earlier answer with what it must send back. */
export type ChatMessage = ChatTurn;
export type AssistantMessage = Extract<ChatTurn, { role: 'assistant' }>;

/** What one column asks a model, before any wire gives it a shape. */
export interface ChatRequest {
  model: string;
  system?: string;
  /** Earlier turns, oldest first, then the new user turn. */
  messages: ChatMessage[];
  temperature?: number;
  maxOutputTokens?: number;
  /** Ask for thinking where the model can switch it. */
  reasoning?: boolean;
  /** How hard to think, where the model takes a level; "reasoning off" wins over it. */
  reasoningEffort?: ReasoningEffort;
  tools?: { name: string; description?: string; parameters: Record<string, unknown> }[];
}
