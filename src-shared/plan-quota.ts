// Measured quota: what a MiniMax Token Plan key reports of its windows, read before and after a run
// (GET {host}/v1/token_plan/remains), and what each run consumed. Shared by main and the Plan page.
import type { MeasuredQuotaUse } from './plan.ts';

/** A window's state as the key reports it; absent or odd reads are 'unknown', never 'unlimited'. */
export type QuotaWindowStatus = 'normal' | 'exhausted' | 'unlimited' | 'unknown';

/** One window (5-hour rolling or weekly) of one model family, as read at one moment. */
export interface QuotaWindowRead {
  /** Requests allowed in the window (request-quota plans); null when not reported. */
  total: number | null;
  /** Requests left in the window; null when not reported. */
  remaining: number | null;
  /** Share of the window left, 0–100 (usage-bar plans report this instead of counts). */
  remainingPercent: number | null;
  status: QuotaWindowStatus;
  /** ISO times the window started and ends (resets), when the key says. */
  startsAt: string | null;
  resetsAt: string | null;
}

/** One entry of the remains reply: a model family ("MiniMax-M2.7", "general", …) and its windows. */
export interface QuotaFamily {
  model: string;
  fiveHour: QuotaWindowRead;
  weekly: QuotaWindowRead;
}

/** The live windows of one stored Token Plan key. */
export interface QuotaKeyWindows {
  keyId: string;
  label: string;
  /** "sk-cp-…7f3a" */
  masked: string;
  /** ISO time of the read. */
  readAt: string;
  /** The plan's name where the key reports it. */
  plan: string | null;
  families: QuotaFamily[];
  /** Why the windows are unknown (the read failed or timed out); null when the read succeeded. */
  problem: string | null;
}

/** What a run consumed of one window: requests, or percent of the window (usage-bar plans). */
export interface QuotaWindowDelta {
  /** Requests (or percent) left before and after the run; null when that read is unknown. */
  before: number | null;
  after: number | null;
  /** before − after; null (unknown, never zero) when either read is missing or the window reset. */
  consumed: number | null;
  /** What before/after/consumed count; null when nothing could be read. */
  unit: 'requests' | 'percent' | null;
  /** The window's size in requests, when reported. */
  total: number | null;
  status: QuotaWindowStatus;
  resetsAt: string | null;
}

/** One run's measurement for one key: every column of the run that used the key is one call. */
export interface QuotaMeasurement {
  runId: string;
  /** ISO time of the after read. */
  at: string;
  keyId: string;
  plan: string | null;
  /** The column's model; several models joined with ", " when columns of the run shared the key. */
  model: string;
  /** The models of the columns that used the key. */
  models: string[];
  /** The columns among them that ended without an error: each is one call. */
  calls: number;
  /** The remains entry measured (the one naming the model, else "general", else the only one). */
  family: string | null;
  fiveHour: QuotaWindowDelta;
  weekly: QuotaWindowDelta;
  /** Another measured run used the key meanwhile: its consumption is in these numbers too. */
  overlapped: boolean;
  /** Why part of the measurement is unknown (a read failed, timed out, or the window reset). */
  note: string | null;
}

/** The 'plan.quota' route's answer. */
export interface PlanQuotaReport {
  /** One entry per stored MiniMax Token Plan key, read now. */
  windows: QuotaKeyWindows[];
  /** Newest first. */
  measurements: QuotaMeasurement[];
  /** Per model and plan: consumed per call pooled over its measured runs, Σconsumed ÷ Σcalls (what plan fit uses). */
  perRunEstimate: MeasuredQuotaUse[];
}
