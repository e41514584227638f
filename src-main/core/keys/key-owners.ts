import type { KeyKind } from '../../../src-shared/domain.ts';
import { DATA_SOURCES, isDataSource, type KeyOwner } from '../../../src-shared/keys.ts';
import { standardKeyKind } from '../providers/provider-definition.ts';
import { PROVIDERS } from '../providers/registry.ts';

/** "MiniMax", "Artificial Analysis": the name a key's owner goes by in messages. */
export function keyOwnerName(owner: KeyOwner): string {
  return isDataSource(owner) ? DATA_SOURCES[owner].displayName : PROVIDERS[owner].displayName;
}

/** How a key is billed, as far as its shape tells (a data source's key is a plain key). */
export function keyKindOf(owner: KeyOwner, key: string): KeyKind {
  return isDataSource(owner) ? standardKeyKind(key) : PROVIDERS[owner].keyKind(key);
}
