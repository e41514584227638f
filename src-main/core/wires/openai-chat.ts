import type { FinishReason, StreamEvent, Usage } from '../../../src-shared/domain.ts';
import { type ClassifyContext, classifyErrorPayload, incompleteStreamError } from '../errors/classify.ts';
import { readErrorPayload } from '../errors/error-payload.ts';
import { asJson, asText, type Json } from '../json-fields.ts';
import { AnswerModel } from './answer-model.ts';
import {
  BLANK_FRAME,
  NOT_JSON_FRAME,
  notJson,
  parseFrameData,
  type SseFrameInput,
  type WireDecoder,
} from './decoder.ts';
import { normalizeOpenAIUsage } from './normalize-usage.ts';
import { DEFAULT_DECODER_LIMITS, type DecoderLimits } from './output-limits.ts';
import { RawContentRecorder } from './replay-recorder.ts';
import { ThinkTagSplitter } from './think-tags.ts';
import { ToolCallBuffer } from './tool-call-buffer.ts';

/** A Map, not an object: `finish_reason: "constructor"` must be just an unknown reason ("stop"). */
const FINISH_REASONS: ReadonlyMap<string, FinishReason> = new Map([
  ['stop', 'stop'],
  ['length', 'length'],
  ['tool_calls', 'tool_calls'],
  ['function_call', 'tool_calls'],
  ['content_filter', 'content_filter'],
]);

export interface OpenAIDecoderOptions {
  reasoningTags: boolean;
  context?: ClassifyContext;
  /** What the decoder may hold for tool calls; default DEFAULT_DECODER_LIMITS. */
  limits?: DecoderLimits;
}

/** A tool call's arguments: text as streamed, or an object some providers send instead. */
function argumentsText(value: unknown): string {
  if (typeof value === 'string') return value;
  return value ? JSON.stringify(value) : '';
}

/** One choice delta's reasoning: reasoning_content / reasoning and reasoning_details often repeat each other. */
function reasoningOf(delta: Json): string {
  const direct = asText(delta.reasoning_content) || asText(delta.reasoning);
  const details = Array.isArray(delta.reasoning_details)
    ? delta.reasoning_details.map((detail) => asText(asJson(detail).text)).join('')
    : '';
  return direct || details;
}

export interface OpenAIChatDecoder extends WireDecoder {
  pushJson(value: unknown): StreamEvent[];
  /** `wholeBody`: the input was one complete JSON body, so a missing finish does not mean a cut-off stream. */
  end(ending?: { wholeBody?: boolean }): StreamEvent[];
}

export function createOpenAIChatDecoder(options: OpenAIDecoderOptions): OpenAIChatDecoder {
  const splitter = options.reasoningTags ? new ThinkTagSplitter() : null;
  const limits = options.limits ?? DEFAULT_DECODER_LIMITS;
  const toolCalls = new ToolCallBuffer(limits);
  const answerModel = new AnswerModel();
  // Only content that may carry reasoning tags needs keeping: elsewhere plain text says it all.
  let rawContent = splitter ? new RawContentRecorder(limits.maxReplayChars) : null;
  let usage: Usage | null = null;
  let finish: FinishReason | null = null;
  let failed = false;
  let sawDone = false;

  /** Past a limit: the calls held go out as they stand, then why the stream stops. */
  function overflowed(events: StreamEvent[]): StreamEvent[] {
    failed = true;
    return [...events, ...toolCalls.takeAll(), { type: 'error', error: toolCalls.overflowError() }];
  }

  function pushJson(value: unknown): StreamEvent[] {
    if (toolCalls.overflow) return [];
    const chunk = asJson(value);
    const events: StreamEvent[] = answerModel.report(chunk.model);
    const choice =
      Array.isArray(chunk.choices) && chunk.choices.length > 0 ? asJson(chunk.choices[0]) : undefined;
    const choiceUsage = choice ? normalizeOpenAIUsage(choice.usage) : null;
    usage = normalizeOpenAIUsage(chunk.usage) ?? choiceUsage ?? usage;
    if (choice) {
      const delta = asJson(choice.delta ?? choice.message);
      const reasoning = reasoningOf(delta);
      if (reasoning) events.push({ type: 'reasoning', delta: reasoning });
      const content = asText(delta.content);
      if (content) {
        rawContent?.add(content);
        if (splitter) for (const event of splitter.push(content)) events.push(event);
        else events.push({ type: 'text', delta: content });
        if (!splitter?.mayHoldTags) rawContent = null;
      }
      if (Array.isArray(delta.tool_calls)) {
        for (const [position, raw] of delta.tool_calls.entries()) {
          const call = asJson(raw);
          const index = typeof call.index === 'number' ? call.index : position;
          const fn = asJson(call.function);
          const piece = {
            id: asText(call.id),
            name: asText(fn.name),
            arguments: argumentsText(fn.arguments),
          };
          if (!toolCalls.add(index, piece)) return overflowed(events);
        }
      }
      const reason = asText(choice.finish_reason);
      if (reason) finish = FINISH_REASONS.get(reason) ?? 'stop';
    }
    const error = readErrorPayload(chunk);
    if (error) {
      failed = true;
      events.push({ type: 'error', error: classifyErrorPayload(error, options.context) });
    }
    return events;
  }

  return {
    pushJson,
    push(frame: SseFrameInput) {
      if (toolCalls.overflow) return [];
      const parsed = parseFrameData(frame.data);
      if (parsed === BLANK_FRAME) return [];
      if (parsed === NOT_JSON_FRAME) {
        const data = frame.data.trim();
        if (data === '[DONE]') {
          sawDone = true;
          return [];
        }
        failed = true;
        return [notJson('frame', data, options.context?.secrets)];
      }
      return pushJson(parsed);
    },
    pendingChars: () => toolCalls.heldChars + (splitter?.heldChars ?? 0),
    abandon: () => [...(splitter?.end() ?? []), ...toolCalls.takeAll()],
    end(ending: { wholeBody?: boolean } = {}) {
      const events: StreamEvent[] = [...(splitter?.end() ?? []), ...toolCalls.takeAll()];
      if (usage) events.push({ type: 'usage', usage });
      // Neither a finish reason, nor [DONE], nor a whole body: the stream was cut off.
      if (!failed && !finish && !sawDone && !ending.wholeBody) {
        failed = true;
        events.push({ type: 'error', error: incompleteStreamError(options.context ?? {}) });
      }
      if (!failed && splitter?.sawTags && rawContent) events.push(...rawContent.take());
      // [DONE] without a stated reason: leave the finish unknown rather than guess "stop".
      const reason = failed ? 'error' : finish;
      if (reason) events.push({ type: 'finish', reason });
      return events;
    },
  };
}

/** A JSON body (a non-streamed completion, or an error such as MiniMax's HTTP 200 base_resp). */
export function decodeOpenAIChatJson(text: string, options: OpenAIDecoderOptions): StreamEvent[] {
  const decoder = createOpenAIChatDecoder(options);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [notJson('body', text, options.context?.secrets), { type: 'finish', reason: 'error' }];
  }
  return [...decoder.pushJson(parsed), ...decoder.end({ wholeBody: true })];
}
