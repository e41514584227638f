import { parseArgs } from 'node:util';
import type { ColumnResult, ColumnSpec } from '../../src-shared/compare.ts';
import type { ProviderId, Region } from '../../src-shared/domain.ts';
import { streamColumn } from '../core/client/stream-column.ts';
import { createCompareOrchestrator } from '../core/compare/orchestrator.ts';
import { createRateLimiter } from '../core/http/rate-limiter.ts';
import { envKeySource } from '../core/keys/key-source.ts';
import { createDefaultCatalog } from '../core/pricing/default-catalog.ts';
import { isProviderId } from '../core/providers/registry.ts';
import { toColumnReport } from './column-report.ts';
import type { CliIo } from './run-cli.ts';

export const COMPARE_USAGE = `compare --prompt TEXT --model PROVIDER/MODEL [--model …] [--system TEXT]
       [--temperature N] [--max-tokens N] [--reasoning on|off] [--base-url PROVIDER=URL]
       [--region PROVIDER=global|china] [--json]
  Sends one prompt to every model at once; prints a table (or JSON) with text, TTFT, speed and usage.
  --reasoning switches thinking on or off where the model can (MiniMax-M3, DeepSeek V4, Gemini, OpenRouter, gpt-5,
  Claude); unset leaves each model's default.`;

function pairs(values: string[] | undefined, flag: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const value of values ?? []) {
    const at = value.indexOf('=');
    if (at <= 0) throw new Error(`${flag} takes PROVIDER=VALUE, got "${value}"`);
    map.set(value.slice(0, at), value.slice(at + 1));
  }
  return map;
}

function cell(value: string, width: number): string {
  return value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);
}

function tableRow(label: string, result: ColumnResult): string {
  const { timing, usage } = result;
  const ttft = timing.ttftMs === null ? '—' : `${Math.round(timing.ttftMs)} ms`;
  const speed =
    timing.tokensPerSecond === null
      ? '—'
      : `${timing.tokensPerSecond.toFixed(1)}${timing.tokensEstimated ? '~' : ''}`;
  const tokens = usage ? `${usage.inputTokens}/${usage.outputTokens}` : '—';
  const outcome = result.error
    ? `${result.error.kind}: ${result.error.message}`
    : result.text.replace(/\s+/g, ' ');
  return [
    cell(label, 34),
    cell(result.finishReason ?? '—', 9),
    cell(ttft, 9),
    cell(speed, 8),
    cell(tokens, 12),
    outcome.slice(0, 200),
  ].join(' ');
}

export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  let columns: ColumnSpec[];
  let values: ReturnType<typeof parse>['values'];
  function parse() {
    return parseArgs({
      args,
      options: {
        prompt: { type: 'string' },
        system: { type: 'string' },
        model: { type: 'string', multiple: true },
        'base-url': { type: 'string', multiple: true },
        region: { type: 'string', multiple: true },
        temperature: { type: 'string' },
        'max-tokens': { type: 'string' },
        reasoning: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  }
  try {
    values = parse().values;
    const baseUrls = pairs(values['base-url'], '--base-url');
    const regions = pairs(values.region, '--region');
    columns = (values.model ?? []).map((spec, index) => {
      const slash = spec.indexOf('/');
      const provider = spec.slice(0, slash);
      if (slash <= 0 || !isProviderId(provider))
        throw new Error(`--model takes PROVIDER/MODEL, got "${spec}"`);
      const region = regions.get(provider);
      if (region && region !== 'global' && region !== 'china')
        throw new Error(`--region takes global or china`);
      return {
        columnId: `${index + 1}`,
        provider: provider as ProviderId,
        model: spec.slice(slash + 1),
        ...(baseUrls.get(provider) ? { baseUrl: baseUrls.get(provider) } : {}),
        ...(region ? { region: region as Region } : {}),
      };
    });
    if (values.reasoning !== undefined && values.reasoning !== 'on' && values.reasoning !== 'off')
      throw new Error('--reasoning takes on or off');
    for (const flag of ['temperature', 'max-tokens'] as const) {
      if (values[flag] !== undefined && !Number.isFinite(Number(values[flag])))
        throw new Error(`--${flag} takes a number, got "${values[flag]}"`);
    }
    if (!values.prompt) throw new Error('--prompt is required');
    if (columns.length === 0) throw new Error('give at least one --model PROVIDER/MODEL');
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${COMPARE_USAGE}\n`);
    return 2;
  }

  const catalog = createDefaultCatalog();
  const rateLimiter = createRateLimiter();
  const orchestrator = createCompareOrchestrator({
    emit: () => {},
    priceFor: (column) => catalog.lookup(column.provider, column.model, column.region),
    streamColumn: (column, request, signal, hooks) =>
      streamColumn(column, request, signal, { keys: envKeySource(io.env), rateLimiter }, hooks),
  });
  const temperature = values.temperature === undefined ? undefined : Number(values.temperature);
  const maxOutputTokens = values['max-tokens'] === undefined ? undefined : Number(values['max-tokens']);
  const results = await orchestrator.start({
    prompt: values.prompt,
    ...(values.system ? { system: values.system } : {}),
    params: {
      temperature,
      maxOutputTokens,
      ...(values.reasoning ? { reasoning: values.reasoning === 'on' } : {}),
    },
    columns,
  }).done;

  if (values.json) {
    const report = columns.map((column) => ({
      model: `${column.provider}/${column.model}`,
      ...toColumnReport(results.get(column.columnId)!),
    }));
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.out(
      `${['model'.padEnd(34), 'finish'.padEnd(9), 'TTFT'.padEnd(9), 'tok/s'.padEnd(8), 'in/out'.padEnd(12), 'answer'].join(' ')}\n`,
    );
    for (const column of columns) {
      io.out(`${tableRow(`${column.provider}/${column.model}`, results.get(column.columnId)!)}\n`);
    }
    io.out('tok/s marked ~ is estimated from characters (the provider reported no usage).\n');
  }
  return [...results.values()].some((result) => result.error) ? 1 : 0;
}
