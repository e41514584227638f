import type { OpenAIWireRules } from '../providers/provider-definition.ts';
import type { ChatRequest } from './chat-request.ts';
import { openAIMessages } from './openai-history.ts';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds `extra` to `fields`; an object both set is merged (OpenRouter's `reasoning` takes the switch and the level). */
function mergeFields(fields: Fields, extra: Fields | undefined): void {
  for (const [name, value] of Object.entries(extra ?? {})) {
    const current = fields[name];
    fields[name] = isObject(current) && isObject(value) ? { ...current, ...value } : value;
  }
}

/** The switch the user chose, then the effort level unless reasoning is off: off beats any level. */
function reasoningFields(request: ChatRequest, rules: OpenAIWireRules): Fields {
  const fields: Fields = {};
  if (request.reasoning !== undefined)
    mergeFields(fields, rules.reasoningSwitch?.(request.reasoning, request.model));
  if (request.reasoningEffort && request.reasoning !== false)
    mergeFields(fields, rules.effortFields?.(request.reasoningEffort, request.model));
  return fields;
}

export function buildOpenAIChatBody(request: ChatRequest, rules: OpenAIWireRules): Fields {
  const body: Fields = {
    model: request.model,
    messages: openAIMessages(request.system, request.messages, rules, request.model),
    stream: true,
    stream_options: { include_usage: true },
    ...rules.extraBody,
  };
  Object.assign(body, reasoningFields(request, rules));
  if (request.maxOutputTokens !== undefined) body[rules.maxTokensField] = request.maxOutputTokens;
  if (request.temperature !== undefined) {
    body.temperature = Math.max(request.temperature, rules.minTemperature ?? 0);
  }
  if (request.tools?.length) {
    body.tools = request.tools.map((tool) => ({
      type: 'function',
      function: { name: tool.name, description: tool.description, parameters: tool.parameters },
    }));
  }
  return body;
}
