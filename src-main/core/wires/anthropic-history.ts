// How an earlier answer goes back on the Anthropic wire (Anthropic, and MiniMax's /anthropic): its
// content blocks unchanged, thinking with its signature and redacted thinking with its data, or the
// provider refuses the turn; plain text when the turn has no blocks (restored from elsewhere).
import type { ReplayBlock } from '../../../src-shared/conversation.ts';
import type { ChatMessage } from './chat-request.ts';

type WireBlock = Record<string, unknown>;

/**
 * A tool_use block's input as the object the API takes. The stored text is what streamed, which a
 * stream cut short leaves as JSON that does not parse (or parses to something other than an object):
 * the API requires an object, so {} goes back instead of a turn it would refuse.
 */
function toolInput(text: string): Record<string, unknown> {
  try {
    const input: unknown = JSON.parse(text);
    return input && typeof input === 'object' && !Array.isArray(input)
      ? (input as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function wireBlock(block: ReplayBlock): WireBlock {
  switch (block.type) {
    case 'thinking':
      return { type: 'thinking', thinking: block.thinking, signature: block.signature };
    case 'redacted_thinking':
      return { type: 'redacted_thinking', data: block.data };
    case 'text':
      return { type: 'text', text: block.text };
    case 'tool_use':
      return { type: 'tool_use', id: block.id, name: block.name, input: toolInput(block.input) };
  }
}

export function anthropicMessages(messages: readonly ChatMessage[]): Record<string, unknown>[] {
  return messages.map((message) => {
    const blocks = message.role === 'assistant' ? message.replay?.blocks : undefined;
    return blocks?.length
      ? { role: 'assistant', content: blocks.map(wireBlock) }
      : { role: message.role, content: message.content };
  });
}
