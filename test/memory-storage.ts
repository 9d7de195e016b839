// An in-memory RecipeStorage for unit tests. Values are cloned in and out, as the browser's
// storage serialises them, so a test sees exactly what a write stored and nothing shared.
import type { RecipeStorage } from '../src/recipe/store.ts';

export interface MemoryStorage extends RecipeStorage {
  /** Everything storage.local holds now. */
  localItems(): Record<string, unknown>;
  /** How many writes (set or remove) reached storage.local. */
  readonly writes: number;
}

/** managed: what the organization's policy holds, or undefined for a browser without a policy (its get throws). */
export function memoryStorage(local: Record<string, unknown> = {}, managed?: Record<string, unknown>): MemoryStorage {
  let items = structuredClone(local);
  let writes = 0;
  const pick = (from: Record<string, unknown>, keys: string[]): Record<string, unknown> =>
    structuredClone(Object.fromEntries(keys.filter((key) => key in from).map((key) => [key, from[key]])));
  return {
    local: {
      get: async (keys) => pick(items, keys),
      set: async (changes) => {
        writes += 1;
        items = { ...items, ...structuredClone(changes) };
      },
      remove: async (keys) => {
        writes += 1;
        items = Object.fromEntries(Object.entries(items).filter(([key]) => !keys.includes(key)));
      },
    },
    managed: {
      get: async (keys) => {
        if (!managed) throw new Error('Managed storage manifest not found');
        return pick(managed, keys);
      },
    },
    localItems: () => structuredClone(items),
    get writes() {
      return writes;
    },
  };
}
