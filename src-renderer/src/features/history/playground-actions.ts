// What History hands the Playground: a stored conversation to continue, or its first prompt to run again.
import type { Conversation } from '../../../../src-shared/history.ts';
import { useNavigation } from '../../app/navigation-store.ts';
import { useComposer } from '../playground/composer/composer-store.ts';
import { runPrompt } from '../playground/composer/run-prompt.ts';
import { usePlaygroundRun } from '../playground/run-store.ts';
import { usePlaygroundSetup } from '../playground/setup-store.ts';
import { useHistory } from './history-store.ts';
import { columnSetupOf, resumedColumns } from './stored-run.ts';

/**
 * The conversation's last columns, each with its own earlier turns, its system prompt and shared
 * settings, in the Playground: the next prompt there is a follow-up of this conversation.
 */
export function continueInPlayground(conversation: Conversation): void {
  const last = conversation.turns.at(-1);
  if (!last) return;
  const resumed = resumedColumns(conversation);
  const setup = usePlaygroundSetup.getState();
  usePlaygroundRun.getState().newConversation();
  setup.replaceColumns(resumed.map((entry) => entry.setup));
  setup.setSystemPrompt(last.system ?? '');
  setup.setDefaults(last.params);
  // The columns got fresh ids: each takes its stored run in the same order.
  const ids = usePlaygroundSetup.getState().columns.map((column) => column.id);
  const runs = new Map(
    resumed.flatMap((entry, index) => (ids[index] ? [[ids[index], entry.run] as const] : [])),
  );
  usePlaygroundRun.getState().resumeConversation(conversation.conversationId, runs, conversation.total);
  // Back on History, the list shows (with this conversation's new turns), not this older copy.
  useHistory.getState().close();
  useNavigation.getState().go('playground');
}

/** The first prompt again, with its system prompt, settings and columns: a new conversation. */
export async function rerunInPlayground(conversation: Conversation): Promise<void> {
  const first = conversation.turns[0];
  if (!first) return;
  const setup = usePlaygroundSetup.getState();
  usePlaygroundRun.getState().newConversation();
  setup.replaceColumns(first.columns.map(columnSetupOf));
  setup.setSystemPrompt(first.system ?? '');
  setup.setDefaults(first.params);
  useComposer.getState().setPrompt(first.prompt);
  useHistory.getState().close();
  useNavigation.getState().go('playground');
  await runPrompt();
}
