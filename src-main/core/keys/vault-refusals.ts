// What the vault says when it refuses: each refusal names what happened and what to do.
import { keyTextProblem } from '../../../src-shared/keys.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import type { StorageChoice } from './vault-status.ts';

export function refuseInput(message: string, field?: string): never {
  throw new ArenaErrorException({ kind: 'invalid_input', message, ...(field ? { field } : {}) });
}

/** The pasted text, trimmed, when it is a key (one rule for add, replace and import); else a refusal. */
export function validKey(text: string): string {
  const problem = keyTextProblem(text);
  if (problem) refuseInput(problem, 'key');
  return text.trim();
}

/** No usable key with this id: removed meanwhile, or saved by a newer version. */
export function refuseMissingKey(savedByNewerVersion: boolean): never {
  refuseInput(
    savedByNewerVersion
      ? 'This key was saved by a newer version of BYOK Arena (its provider or key kind is unknown here), so it cannot be checked, changed or used. Update BYOK Arena to use it, or remove it.'
      : 'That key no longer exists.',
    'id',
  );
}

/** A column chose a key that is not one of its provider's stored keys (removed, or never one). */
export function refuseChosenKey(provider: string): never {
  throw new ArenaErrorException({
    kind: 'auth',
    message: `The ${provider} key chosen for this column is not stored any more: pick another key in the column settings, or add it again on the Keys page.`,
  });
}

export function refuseUnconsentedWrite(): never {
  throw new ArenaErrorException({
    kind: 'forbidden',
    message:
      'Choose how to keep keys first: this system cannot encrypt them safely. Store them anyway, or keep them for this session only.',
  });
}

export function refuseChoice(choice: StorageChoice): never {
  throw new ArenaErrorException({
    kind: 'forbidden',
    message:
      choice === 'persist'
        ? 'This system cannot say how it would protect keys on disk, so BYOK Arena keeps them for this session only.'
        : 'Keys are already kept the only way this system allows.',
  });
}
