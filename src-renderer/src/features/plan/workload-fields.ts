// The Workload form's fields: what each number means, its range and its step. Pure.

import type { Workload } from '../../../../src-shared/plan.ts';

export type WorkloadKey = keyof Workload;

export interface WorkloadField {
  key: WorkloadKey;
  label: string;
  /** The slider's range; the number box accepts anything in [min, max]. */
  min: number;
  max: number;
  step: number;
  /** Shares are edited as percentages and stored as 0–1. */
  percent: boolean;
  hint: string;
}

export const WORKLOAD_FIELDS: readonly WorkloadField[] = [
  {
    key: 'requestsPerDay',
    label: 'Requests per day',
    min: 0,
    max: 100_000,
    step: 10,
    percent: false,
    hint: '',
  },
  {
    key: 'inputTokens',
    label: 'Input tokens per request',
    min: 0,
    max: 1_000_000,
    step: 100,
    percent: false,
    hint: 'The first turn’s prompt, system prompt included.',
  },
  {
    key: 'outputTokens',
    label: 'Output tokens per request',
    min: 0,
    max: 200_000,
    step: 50,
    percent: false,
    hint: 'Reasoning included.',
  },
  {
    key: 'cacheHitShare',
    label: 'Cache-hit share of input',
    min: 0,
    max: 100,
    step: 1,
    percent: true,
    hint: 'Billed at the cache-read price.',
  },
  {
    key: 'reasoningShare',
    label: 'Reasoning share of output',
    min: 0,
    max: 100,
    step: 1,
    percent: true,
    hint: 'Part of the output tokens, billed as output.',
  },
  {
    key: 'turns',
    label: 'Turns per conversation',
    min: 1,
    max: 50,
    step: 1,
    percent: false,
    hint: 'Each turn resends the conversation so far.',
  },
  {
    key: 'activeDaysPerMonth',
    label: 'Active days per month',
    min: 1,
    max: 31,
    step: 1,
    percent: false,
    hint: 'Default 30.',
  },
  {
    key: 'offPeakShare',
    label: 'Off-peak share (DeepSeek)',
    min: 0,
    max: 100,
    step: 1,
    percent: true,
    hint: 'DeepSeek bills off-peak traffic at half price.',
  },
  {
    key: 'hoursPerDay',
    label: 'Active hours per day',
    min: 1,
    max: 24,
    step: 1,
    percent: false,
    hint: 'Spreads the day’s requests: sets the peak 5-hour load a plan must hold.',
  },
];

/** The number the form shows for a field (a share as a whole percentage). */
export function shownValue(field: WorkloadField, workload: Workload): number {
  const value = workload[field.key];
  return field.percent ? Math.round(value * 1000) / 10 : value;
}

/**
 * The workload with one field set from what the user typed or slid; null when the text is not a
 * number in the field's range (the form then says so and keeps the last good value).
 */
export function withField(workload: Workload, field: WorkloadField, text: string): Workload | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < field.min || value > field.max) return null;
  if (!field.percent && field.step >= 1 && !Number.isInteger(value)) return null;
  return { ...workload, [field.key]: field.percent ? value / 100 : value };
}
