import { z } from 'zod';
import type { JsonFileStore } from './store/json-file-store.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect | null;
  maximized: boolean;
}

export const MIN_WINDOW = { width: 900, height: 600 } as const;
export const DEFAULT_WINDOW = { width: 1280, height: 820 } as const;

const rectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
const stateSchema = z.object({ bounds: rectSchema.nullable(), maximized: z.boolean() });
const KEY = 'window';

export function loadWindowState(store: JsonFileStore): WindowState {
  const parsed = stateSchema.safeParse(store.get(KEY));
  return parsed.success ? parsed.data : { bounds: null, maximized: false };
}

export function saveWindowState(store: JsonFileStore, state: WindowState): void {
  store.set(KEY, state);
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Restores saved bounds only where a display still shows a useful part of the window (a monitor
 * may have been unplugged since); otherwise returns null so the window opens centred.
 */
export function fitToDisplays(saved: Rect | null, workAreas: readonly Rect[]): Rect | null {
  if (!saved) return null;
  const size = {
    width: Math.max(saved.width, MIN_WINDOW.width),
    height: Math.max(saved.height, MIN_WINDOW.height),
  };
  const candidate = { ...saved, ...size };
  const visible = workAreas.some((area) => overlapArea(candidate, area) >= 0.25 * size.width * size.height);
  return visible ? candidate : null;
}
