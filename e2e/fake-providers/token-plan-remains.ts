// Bodies of MiniMax's GET /v1/token_plan/remains, as public clients read them (see PLANS.md
// "Live quota"): one entry per model family, 5-hour and weekly windows, times in ms since the epoch.
import type { FakeProvider } from './fake-provider-server.ts';

/** The path the fake answers. */
export const REMAINS_PATH = '/v1/token_plan/remains';

export interface RemainsWindowFixture {
  total?: number;
  /** Sent as *_usage_count, which the endpoint uses for the REMAINING count despite its name. */
  remaining?: number;
  remainingPercent?: number;
  /** 1 normal, 2 exhausted, 3 unlimited. */
  status?: number;
  start?: number;
  end?: number;
}

export interface RemainsEntryFixture {
  model: string;
  fiveHour?: RemainsWindowFixture;
  weekly?: RemainsWindowFixture;
}

const defined = (fields: Record<string, number | undefined>) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));

/** A successful remains reply: base_resp status 0, the plan's title, and `entries`. */
export function remainsBody(plan: string, entries: RemainsEntryFixture[]): unknown {
  return {
    base_resp: { status_code: 0, status_msg: 'success' },
    current_subscribe_title: plan,
    model_remains: entries.map(({ model, fiveHour = {}, weekly }) => ({
      model_name: model,
      ...defined({
        current_interval_total_count: fiveHour.total,
        current_interval_usage_count: fiveHour.remaining,
        current_interval_remaining_percent: fiveHour.remainingPercent,
        current_interval_status: fiveHour.status,
        start_time: fiveHour.start,
        end_time: fiveHour.end,
      }),
      ...(weekly
        ? defined({
            current_weekly_total_count: weekly.total,
            current_weekly_usage_count: weekly.remaining,
            current_weekly_remaining_percent: weekly.remainingPercent,
            current_weekly_status: weekly.status,
            weekly_start_time: weekly.start,
            weekly_end_time: weekly.end,
          })
        : {}),
    })),
  };
}

/**
 * Answers the remains endpoint with `replies` in order, the last one repeating (a window that
 * changes between the read before a run and the read after it).
 */
export function serveRemains(fake: FakeProvider, replies: readonly unknown[]): void {
  let next = 0;
  fake.setHandler({
    method: 'GET',
    path: REMAINS_PATH,
    handle: (_request, res) => {
      const reply = replies[Math.min(next++, replies.length - 1)] ?? {};
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply));
    },
  });
}
