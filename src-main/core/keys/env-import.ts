import { PROVIDER_IDS, type ProviderId } from '../../../src-shared/domain.ts';
import { maskKey } from '../../../src-shared/key-detect.ts';
import { keyEnvNames } from './key-source.ts';

export interface ImportCandidate {
  /** The environment variable, e.g. MINIMAX_API_KEY. */
  name: string;
  provider: ProviderId;
  masked: string;
  /** The provider's first variable with a value wins; later ones are offered but not preselected. */
  preferred: boolean;
}

/** Keys found in the environment, per provider in precedence order: offered, never imported silently. */
export function findImportCandidates(env: Readonly<Record<string, string | undefined>>): ImportCandidate[] {
  const candidates: ImportCandidate[] = [];
  for (const provider of PROVIDER_IDS) {
    let first = true;
    for (const name of keyEnvNames(provider)) {
      const value = env[name]?.trim();
      if (!value) continue;
      candidates.push({ name, provider, masked: maskKey(value), preferred: first });
      first = false;
    }
  }
  return candidates;
}
