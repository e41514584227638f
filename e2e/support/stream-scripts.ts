// Provider streams for UI tests, frame by frame, in the shapes the recorded transcripts in
// e2e/fixtures have (MiniMax's repeated fields and base_resp, OpenAI's usage chunk, Anthropic's
// block events). Each frame is one write, so a test can pace them and hold them at a gate.

export interface TokenUsage {
  input: number;
  output: number;
  cached?: number;
  reasoning?: number;
}

const frame = (data: unknown, event?: string) =>
  `${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`;

/** Cuts text into pieces of about `words` words, the way tokens arrive. */
export function pieces(text: string, words = 3): string[] {
  const parts = text.split(/(?<=\s)/);
  const out: string[] = [];
  for (let index = 0; index < parts.length; index += words)
    out.push(parts.slice(index, index + words).join(''));
  return out;
}

interface OpenAiStream {
  model: string;
  /** MiniMax style: reasoning inside the content as <think>…</think>. */
  thinkTags?: string[];
  /** DeepSeek style: reasoning in delta.reasoning_content, before the content. */
  reasoningContent?: string[];
  text: string[];
  usage: TokenUsage;
  /** MiniMax's extra fields on every chunk and base_resp on the usage chunk. */
  minimax?: boolean;
  /** A MiniMax business error frame after the text, inside the HTTP 200 stream. */
  errorAfterText?: { code: number; message: string };
}

/** An OpenAI-wire chat completion stream (MiniMax, OpenAI). */
export function openAiFrames(stream: OpenAiStream): string[] {
  const id = 'chatcmpl-ui-test';
  const extra = stream.minimax
    ? { input_sensitive: false, output_sensitive: false, input_sensitive_type: 0, output_sensitive_type: 0 }
    : { obfuscation: 'xY' };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
    frame({
      id,
      object: 'chat.completion.chunk',
      created: 1789671513,
      model: stream.model,
      choices: [{ index: 0, delta, finish_reason: finish }],
      usage: null,
      ...extra,
    });
  const content = [
    ...(stream.thinkTags ? ['<think>\n', ...stream.thinkTags, '\n</think>\n\n'] : []),
    ...stream.text,
  ];
  const frames = [
    ...(stream.reasoningContent ?? []).map((piece) =>
      chunk({ role: 'assistant', content: null, reasoning_content: piece }),
    ),
    ...content.map((piece) => chunk({ role: 'assistant', content: piece })),
  ];
  if (stream.errorAfterText) {
    frames.push(
      frame({
        id,
        choices: null,
        base_resp: { status_code: stream.errorAfterText.code, status_msg: stream.errorAfterText.message },
      }),
    );
    return frames;
  }
  frames.push(chunk({}, 'stop'));
  const { input, output, cached = 0, reasoning = 0 } = stream.usage;
  frames.push(
    frame({
      id,
      object: 'chat.completion.chunk',
      created: 1789671513,
      model: stream.model,
      choices: [],
      usage: {
        prompt_tokens: input,
        completion_tokens: output,
        total_tokens: input + output,
        prompt_tokens_details: { cached_tokens: cached },
        completion_tokens_details: { reasoning_tokens: reasoning },
      },
      ...(stream.minimax ? { base_resp: { status_code: 0, status_msg: '' } } : {}),
    }),
  );
  if (!stream.minimax) frames.push('data: [DONE]\n\n');
  return frames;
}

interface AnthropicStream {
  model: string;
  thinking?: string[];
  signature?: string;
  text: string[];
  usage: TokenUsage;
}

/** An Anthropic-wire messages stream (Anthropic, MiniMax's /anthropic endpoint). */
export function anthropicFrames(stream: AnthropicStream): string[] {
  const { input, output, cached = 0 } = stream.usage;
  const frames = [
    frame(
      {
        type: 'message_start',
        message: {
          id: 'msg_ui_test',
          type: 'message',
          role: 'assistant',
          model: stream.model,
          content: [],
          stop_reason: null,
          usage: { input_tokens: input, cache_read_input_tokens: cached, output_tokens: 1 },
        },
      },
      'message_start',
    ),
  ];
  let index = 0;
  if (stream.thinking) {
    frames.push(
      frame(
        { type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '' } },
        'content_block_start',
      ),
      ...stream.thinking.map((thinking) =>
        frame(
          { type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking } },
          'content_block_delta',
        ),
      ),
      frame(
        {
          type: 'content_block_delta',
          index,
          delta: { type: 'signature_delta', signature: stream.signature ?? 'sig' },
        },
        'content_block_delta',
      ),
      frame({ type: 'content_block_stop', index }, 'content_block_stop'),
    );
    index += 1;
  }
  frames.push(
    frame(
      { type: 'content_block_start', index, content_block: { type: 'text', text: '' } },
      'content_block_start',
    ),
    ...stream.text.map((text) =>
      frame(
        { type: 'content_block_delta', index, delta: { type: 'text_delta', text } },
        'content_block_delta',
      ),
    ),
    frame({ type: 'content_block_stop', index }, 'content_block_stop'),
    frame(
      {
        type: 'message_delta',
        delta: { stop_reason: 'end_turn', stop_sequence: null },
        usage: { input_tokens: input, cache_read_input_tokens: cached, output_tokens: output },
      },
      'message_delta',
    ),
    frame({ type: 'message_stop' }, 'message_stop'),
  );
  return frames;
}
