// How an earlier answer goes back on the OpenAI wire. The provider definitions pick one per model
// (OpenAIWireRules.assistantHistory); plain role/content is the default.
import type { OpenAIWireRules } from '../providers/provider-definition.ts';
import type { AssistantMessage, ChatMessage } from './chat-request.ts';

type WireMessage = Record<string, unknown>;

export const plainAssistant = (turn: AssistantMessage): WireMessage => ({
  role: 'assistant',
  content: turn.content,
});

/** MiniMax: the content exactly as received, `<think>…</think>` included; plain content without a replay. */
export const rawContentAssistant = (turn: AssistantMessage): WireMessage => ({
  role: 'assistant',
  content: turn.replay?.content ?? turn.content,
});

/**
 * DeepSeek V4's thinking mode: the reasoning goes back as reasoning_content (required on tool-call
 * turns); an answer that was only reasoning has content "". A turn that had no reasoning (thinking
 * off) sends none.
 */
export const reasoningContentAssistant = (turn: AssistantMessage): WireMessage => ({
  role: 'assistant',
  content: turn.content,
  ...(turn.reasoning ? { reasoning_content: turn.reasoning } : {}),
});

export function openAIMessages(
  system: string | undefined,
  messages: readonly ChatMessage[],
  rules: OpenAIWireRules,
  model: string,
): WireMessage[] {
  const assistant = (turn: AssistantMessage) => (rules.assistantHistory ?? plainAssistant)(turn, model);
  return [
    ...(system ? [{ role: 'system', content: system }] : []),
    ...messages.map((message) =>
      message.role === 'user' ? { role: 'user', content: message.content } : assistant(message),
    ),
  ];
}
