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
import { normalizeAnthropicUsage } from './normalize-usage.ts';
import { DEFAULT_DECODER_LIMITS, type DecoderLimits } from './output-limits.ts';
import { AnthropicBlockRecorder } from './replay-recorder.ts';
import { ToolCallBuffer } from './tool-call-buffer.ts';

/** A Map, not an object: a stop reason named "constructor" must be just an unknown reason ("stop"). */
const STOP_REASONS: ReadonlyMap<string, FinishReason> = new Map([
  ['end_turn', 'stop'],
  ['stop_sequence', 'stop'],
  ['pause_turn', 'stop'],
  ['max_tokens', 'length'],
  ['model_context_window_exceeded', 'length'],
  ['tool_use', 'tool_calls'],
  ['refusal', 'content_filter'],
]);

/** The arguments of a tool_use block that streams none: its `input`, when not empty, else "{}". */
function initialArguments(input: unknown): string {
  const initial = asJson(input);
  return Object.keys(initial).length > 0 ? JSON.stringify(initial) : '{}';
}

export function createAnthropicMessagesDecoder(
  context: ClassifyContext = {},
  limits: DecoderLimits = DEFAULT_DECODER_LIMITS,
): WireDecoder {
  const tools = new ToolCallBuffer(limits);
  const answerModel = new AnswerModel();
  const replay = new AnthropicBlockRecorder(limits.maxReplayChars);
  let usage: Usage | null = null;
  let finish: FinishReason | null = null;
  let failed = false;
  let stopped = false;

  /** Past a limit: the calls held go out as they stand, then why the stream stops. */
  function overflowed(): StreamEvent[] {
    failed = true;
    return [...tools.takeAll(), { type: 'error', error: tools.overflowError() }];
  }

  function handle(event: Json): StreamEvent[] {
    switch (event.type) {
      case 'message_start': {
        const message = asJson(event.message);
        usage = normalizeAnthropicUsage(message.usage, null);
        return answerModel.report(message.model);
      }
      case 'content_block_start': {
        const block = asJson(event.content_block);
        const index = Number(event.index);
        replay.start(index, block);
        if (block.type === 'tool_use') {
          const piece = {
            id: asText(block.id),
            name: asText(block.name),
            fallback: initialArguments(block.input),
          };
          if (!tools.add(index, piece)) return overflowed();
        }
        if (block.type === 'text' && asText(block.text)) return [{ type: 'text', delta: asText(block.text) }];
        if (block.type === 'thinking' && asText(block.thinking)) {
          return [{ type: 'reasoning', delta: asText(block.thinking) }];
        }
        return [];
      }
      case 'content_block_delta': {
        const delta = asJson(event.delta);
        replay.delta(Number(event.index), delta);
        if (delta.type === 'text_delta')
          return asText(delta.text) ? [{ type: 'text', delta: asText(delta.text) }] : [];
        if (delta.type === 'thinking_delta') {
          return asText(delta.thinking) ? [{ type: 'reasoning', delta: asText(delta.thinking) }] : [];
        }
        const index = Number(event.index);
        if (delta.type === 'input_json_delta' && tools.has(index)) {
          if (!tools.add(index, { arguments: asText(delta.partial_json) })) return overflowed();
        }
        return [];
      }
      case 'content_block_stop': {
        const index = Number(event.index);
        const call = tools.take(index);
        if (!call) return [];
        replay.toolInput(index, call.arguments);
        return [{ type: 'tool-call', call }];
      }
      case 'message_delta': {
        const reason = asText(asJson(event.delta).stop_reason);
        if (reason) finish = STOP_REASONS.get(reason) ?? 'stop';
        if (event.usage) usage = normalizeAnthropicUsage(event.usage, usage);
        return [];
      }
      case 'error': {
        failed = true;
        const payload = readErrorPayload(event) ?? { message: 'The stream reported an error.' };
        return [{ type: 'error', error: classifyErrorPayload(payload, context) }];
      }
      case 'message_stop':
        stopped = true;
        return [];
      default:
        // ping, and event types added after this was written.
        return [];
    }
  }

  return {
    push(frame: SseFrameInput) {
      if (tools.overflow) return [];
      const parsed = parseFrameData(frame.data);
      if (parsed === BLANK_FRAME) return [];
      try {
        if (parsed !== NOT_JSON_FRAME) return handle(asJson(parsed));
      } catch {
        // A value no field read can take (an index whose valueOf and toString are not functions).
      }
      failed = true;
      return [notJson('frame', frame.data.trim(), context.secrets)];
    },
    pendingChars: () => tools.heldChars,
    abandon: () => tools.takeAll(),
    end() {
      const events: StreamEvent[] = [];
      if (usage) events.push({ type: 'usage', usage });
      // Neither a stop reason nor message_stop: the stream was cut off.
      if (!failed && !finish && !stopped) {
        failed = true;
        events.push({ type: 'error', error: incompleteStreamError(context) });
      }
      if (!failed) events.push(...replay.take());
      // message_stop without a stated reason: leave the finish unknown rather than guess "stop".
      const reason = failed ? 'error' : finish;
      if (reason) events.push({ type: 'finish', reason });
      return events;
    },
  };
}

/** A JSON body answering a streaming request: an error, or a whole (non-streamed) message. */
export function decodeAnthropicJson(
  text: string,
  context: ClassifyContext = {},
  limits: DecoderLimits = DEFAULT_DECODER_LIMITS,
): StreamEvent[] {
  let body: Json;
  try {
    body = asJson(JSON.parse(text));
  } catch {
    return [notJson('body', text, context.secrets), { type: 'finish', reason: 'error' }];
  }
  const error = readErrorPayload(body);
  if (error)
    return [
      { type: 'error', error: classifyErrorPayload(error, context) },
      { type: 'finish', reason: 'error' },
    ];
  const events: StreamEvent[] = new AnswerModel().report(body.model);
  const content = Array.isArray(body.content) ? body.content : [];
  const tools = new ToolCallBuffer(limits);
  const replay = new AnthropicBlockRecorder(limits.maxReplayChars);
  for (const [index, raw] of content.entries()) {
    const block = asJson(raw);
    replay.start(index, block);
    if (block.type === 'thinking' && asText(block.thinking))
      events.push({ type: 'reasoning', delta: asText(block.thinking) });
    if (block.type === 'text' && asText(block.text)) events.push({ type: 'text', delta: asText(block.text) });
    if (block.type === 'tool_use') {
      const piece = {
        id: asText(block.id),
        name: asText(block.name),
        arguments: JSON.stringify(block.input ?? {}),
      };
      if (!tools.add(index, piece)) {
        const error = tools.overflowError();
        return [...events, ...tools.takeAll(), { type: 'error', error }, { type: 'finish', reason: 'error' }];
      }
      const call = tools.take(index);
      if (call) {
        replay.toolInput(index, call.arguments);
        events.push({ type: 'tool-call', call });
      }
    }
  }
  if (body.usage) events.push({ type: 'usage', usage: normalizeAnthropicUsage(body.usage, null) });
  events.push(...replay.take());
  events.push({ type: 'finish', reason: STOP_REASONS.get(asText(body.stop_reason)) ?? 'stop' });
  return events;
}
