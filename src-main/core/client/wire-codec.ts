import type { StreamEvent, WireId } from '../../../src-shared/domain.ts';
import type { ClassifyContext } from '../errors/classify.ts';
import type { ProviderDefinition } from '../providers/provider-definition.ts';
import { createAnthropicMessagesDecoder, decodeAnthropicJson } from '../wires/anthropic-messages.ts';
import { buildAnthropicMessagesBody } from '../wires/anthropic-messages-body.ts';
import type { ChatRequest } from '../wires/chat-request.ts';
import type { WireDecoder } from '../wires/decoder.ts';
import { createOpenAIChatDecoder, decodeOpenAIChatJson } from '../wires/openai-chat.ts';
import { buildOpenAIChatBody } from '../wires/openai-chat-body.ts';

export { classifyHttpFailure } from '../errors/classify.ts';

/** One wire, set up with one provider's rules: how to ask, and how to read the answer. */
export interface WireCodec {
  buildBody(request: ChatRequest): Record<string, unknown>;
  createDecoder(): WireDecoder;
  decodeJson(text: string): StreamEvent[];
}

export function codecFor(
  provider: ProviderDefinition,
  wire: WireId,
  model: string,
  secrets: readonly string[] = [],
): WireCodec {
  const context: ClassifyContext = { provider: provider.id, model, secrets };
  if (wire === 'anthropic-messages') {
    const rules = provider.anthropic ?? { thinking: 'budget', defaultMaxTokens: 4096 };
    return {
      buildBody: (request) => buildAnthropicMessagesBody(request, rules),
      createDecoder: () => createAnthropicMessagesDecoder(context),
      decodeJson: (text) => decodeAnthropicJson(text, context),
    };
  }
  const rules = provider.openai ?? { maxTokensField: 'max_tokens', reasoningTags: false };
  const options = { reasoningTags: rules.reasoningTags, context };
  return {
    buildBody: (request) => buildOpenAIChatBody(request, rules),
    createDecoder: () => createOpenAIChatDecoder(options),
    decodeJson: (text) => decodeOpenAIChatJson(text, options),
  };
}
