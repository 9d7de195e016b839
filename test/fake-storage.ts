// Storage for unit tests: @webext-core/fake-browser's in-memory storage, seeded with what a test
// needs, plus a count of the writes that reached storage.local.
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import type { RecipeStorage } from '../src/recipe/store.ts';

export interface SeededStorage extends RecipeStorage {
  /** Everything storage.local holds now. */
  localItems(): Promise<Record<string, unknown>>;
  /** How many writes (set or remove) reached storage.local. */
  writes(): number;
}

/** managed: what the organization's policy holds, or undefined for a browser without a policy (its get throws, as Firefox's does). */
export async function seededStorage(local: Record<string, unknown> = {}, managed?: Record<string, unknown>): Promise<SeededStorage> {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await fakeBrowser.storage.local.set(structuredClone(local));
  if (managed) await fakeBrowser.storage.managed.set(structuredClone(managed));
  else vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
  const set = vi.spyOn(fakeBrowser.storage.local, 'set');
  const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
  return {
    local: fakeBrowser.storage.local,
    managed: fakeBrowser.storage.managed,
    localItems: () => fakeBrowser.storage.local.get(null),
    writes: () => set.mock.calls.length + remove.mock.calls.length,
  };
}
