import { baseUrlProblem } from '../../../src-shared/base-url-policy.ts';
import type { CompareRequest } from '../../../src-shared/compare.ts';
import type { ArenaError, ProviderId } from '../../../src-shared/domain.ts';
import { PROVIDERS } from '../providers/registry.ts';

/**
 * The columns that must not be sent, by column id, with why and what to do: a base URL the column's
 * key may not go to (see base-url-policy.ts), or a chosen key that is not a stored key of its
 * provider. Each fails alone; the run's other columns go on.
 */
export function columnRefusals(
  request: CompareRequest,
  isStoredKeyOf: (provider: ProviderId, keyId: string) => boolean,
): Map<string, ArenaError> {
  const refusals = new Map<string, ArenaError>();
  for (const [index, column] of request.columns.entries()) {
    const problem = column.baseUrl ? baseUrlProblem(column.provider, column.baseUrl) : null;
    if (problem) {
      refusals.set(column.columnId, {
        kind: 'invalid_input',
        field: `columns.${index}.baseUrl`,
        message: problem,
      });
    } else if (column.keyId !== undefined && !isStoredKeyOf(column.provider, column.keyId)) {
      refusals.set(column.columnId, {
        kind: 'invalid_input',
        field: `columns.${index}.keyId`,
        message: `The key chosen for this column is not a stored ${PROVIDERS[column.provider].displayName} key: pick one of its keys in the column settings, or add it on the Keys page.`,
      });
    }
  }
  return refusals;
}
