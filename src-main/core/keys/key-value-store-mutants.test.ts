import { describe, expect, it } from 'vitest';
import { MemoryStore } from './key-value-store.ts';

describe('MemoryStore', () => {
  it('forgets a deleted entry and keeps the others', () => {
    const store = new MemoryStore();
    store.set('keys', [{ id: 'key-1' }]);
    store.set('storageConsent', 'session');
    store.delete('keys');
    expect(store.get('keys')).toBeUndefined();
    expect(store.get('storageConsent')).toBe('session');
  });
});
