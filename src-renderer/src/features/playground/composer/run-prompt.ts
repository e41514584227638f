// Running what the composer holds: why Run cannot start yet, and starting it (button or Ctrl/Cmd+Enter).
import type { KeyboardEvent } from 'react';
import { usePlaygroundRun } from '../run-store.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { useComposer } from './composer-store.ts';

/** Why Run cannot start now, or null when it can. */
export function runBlocker(columns: number, prompt: string, running: boolean): string | null {
  if (running) return 'Answers are still arriving: wait, or cancel all.';
  if (columns === 0) return 'Add a model first: use "Add model" or a preset.';
  if (!prompt.trim()) return 'Write a prompt first.';
  return null;
}

export async function runPrompt(): Promise<void> {
  const { prompt, setPrompt } = useComposer.getState();
  const columns = usePlaygroundSetup.getState().columns.length;
  if (runBlocker(columns, prompt, usePlaygroundRun.getState().running)) return;
  await usePlaygroundRun.getState().run(prompt);
  // Sent: the box is ready for a follow-up. Refused: the prompt stays to be fixed.
  if (!usePlaygroundRun.getState().startError && useComposer.getState().prompt === prompt) setPrompt('');
}

export function runOnModEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void runPrompt();
  }
}
