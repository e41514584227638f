import type { ReasoningEffort } from '../../../src-shared/compare.ts';
import type { AnthropicWireRules } from '../providers/provider-definition.ts';
import { anthropicMessages } from './anthropic-history.ts';
import type { ChatRequest } from './chat-request.ts';

/** Anthropic's smallest thinking budget; the budget must also stay below max_tokens. */
const MIN_THINKING_BUDGET = 1024;

/** The share of max_tokens each effort level may think with (the rest is left for the answer). */
const BUDGET_SHARE: Readonly<Record<ReasoningEffort, number>> = {
  minimal: 0,
  low: 0.25,
  medium: 0.5,
  high: 0.75,
};

/**
 * The thinking parameter: adaptive models (MiniMax-M3) switch on or off and take no budget; the others
 * think when asked to, or when a level was chosen without saying "off", with a budget sized by the level
 * (medium when none was chosen). No budget fits when max_tokens is at the minimum: no thinking then.
 */
function thinkingFor(request: ChatRequest, rules: AnthropicWireRules, maxTokens: number): unknown {
  const adaptive = rules.thinking === 'adaptive' || /^MiniMax-M3/i.test(request.model);
  if (adaptive) {
    return request.reasoning === undefined
      ? undefined
      : { type: request.reasoning ? 'adaptive' : 'disabled' };
  }
  const wanted = request.reasoning ?? request.reasoningEffort !== undefined;
  if (!wanted || maxTokens <= MIN_THINKING_BUDGET) return undefined;
  const share = BUDGET_SHARE[request.reasoningEffort ?? 'medium'];
  return {
    type: 'enabled',
    budget_tokens: Math.max(MIN_THINKING_BUDGET, Math.floor(maxTokens * share)),
  };
}

export function buildAnthropicMessagesBody(
  request: ChatRequest,
  rules: AnthropicWireRules,
): Record<string, unknown> {
  const maxTokens = request.maxOutputTokens ?? rules.defaultMaxTokens;
  const body: Record<string, unknown> = {
    model: request.model,
    max_tokens: maxTokens,
    messages: anthropicMessages(request.messages),
    stream: true,
  };
  if (request.system) body.system = request.system;
  const thinking = thinkingFor(request, rules, maxTokens);
  if (thinking) body.thinking = thinking;
  // Thinking requires the default temperature; otherwise pass the user's choice through.
  if (request.temperature !== undefined && !body.thinking)
    body.temperature = Math.min(request.temperature, 1);
  if (request.tools?.length) {
    body.tools = request.tools.map((tool) => ({
      name: tool.name,
      description: tool.description,
      input_schema: tool.parameters,
    }));
  }
  return body;
}
