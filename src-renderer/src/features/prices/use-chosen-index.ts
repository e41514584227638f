import {
  DEFAULT_QUALITY_INDEX,
  type QualityIndexInfo,
  type QualityIndexRef,
} from '../../../../src-shared/quality.ts';
import { qualityIndexLabel } from '../../../../src-shared/quality-pick.ts';
import { usePrices } from './prices-store.ts';
import { indexInfo } from './quality-view.ts';

export interface ChosenIndex {
  ref: QualityIndexRef;
  /** Undefined until the prices table has loaded (or for an index it does not describe). */
  info: QualityIndexInfo | undefined;
  label: string;
}

/** The quality index every view scores with, as the last prices table said (the default until then). */
export function useChosenIndex(): ChosenIndex {
  const ref = usePrices((state) => state.table?.qualityIndex ?? DEFAULT_QUALITY_INDEX);
  const indexes = usePrices((state) => state.table?.qualityIndexes);
  return {
    ref,
    info: indexes ? indexInfo(ref, indexes) : undefined,
    label: qualityIndexLabel(ref, indexes ?? []),
  };
}
