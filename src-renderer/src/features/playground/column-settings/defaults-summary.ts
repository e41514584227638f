import type { CompareParams } from '../../../../../src-shared/compare.ts';

const COUNT = new Intl.NumberFormat('en-US');

/** The shared defaults in a few words for the closed "Defaults" menu: only what is set, else the models' own. */
export function defaultsSummary(params: CompareParams): string {
  const parts: string[] = [];
  if (params.temperature !== undefined) parts.push(`temp ${params.temperature}`);
  if (params.maxOutputTokens !== undefined) parts.push(`max ${COUNT.format(params.maxOutputTokens)} tokens`);
  if (params.reasoning !== undefined) parts.push(`reasoning ${params.reasoning ? 'on' : 'off'}`);
  if (params.reasoningEffort) parts.push(`effort ${params.reasoningEffort}`);
  return parts.length > 0 ? parts.join(' · ') : 'model defaults';
}
