// Property: whatever malformed text reaches import, nothing throws, nothing is stored and the
// user is told what is wrong. Each generated recipe breaks one to three fields, each in a way
// that is wrong on its own (so no two breakages can cancel out), on top of harmless but hostile
// decorations: HTML and long unicode where text is allowed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permissionCatalog } from '../model/permission-catalog.ts';
import { alta3EnchiladaRecipe } from './builtin/alta3-enchilada.ts';
import { seededStorage } from '../../test/fake-storage.ts';
import { limits } from './schema.ts';
import { importRecipe } from './store.ts';

const mine = { ...alta3EnchiladaRecipe, id: 'mine', label: 'Mine' };
const team = { ...alta3EnchiladaRecipe, id: 'team', label: 'Team token' };
const imported = { ...alta3EnchiladaRecipe, id: 'imported', label: 'Imported' };
// kind is left to the schema tests: a random kind is refused on its own, before any other field.
const recipeFields = Object.keys(imported).concat('requestMessage', 'kind');

/** One breakage: a field set to a value that is wrong whatever the other fields hold, or removed. */
interface Breakage {
  readonly field: string;
  readonly remove?: true;
  readonly value?: unknown;
}

const hostile = [
  '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '<b>bold</b>', 'javascript:alert(1)',
  '\u202egnp.exe', 'zero\u200bwidth', 'nul\u0000byte', '${date}', '{{date}}', '../../etc/passwd', '🌮🌮🌮', 'e\u0301\u0301\u0301',
];
const hostileText = fc.constantFrom(...hostile);
const longUnicode = (minLength: number) => fc.string({ unit: 'binary', minLength, maxLength: minLength + 300 });
const notA = (type: 'string' | 'number' | 'array' | 'object') =>
  fc.oneof(
    ...[
      type !== 'string' && fc.string(),
      type !== 'number' && fc.integer(),
      type !== 'array' && fc.array(fc.string(), { maxLength: 3 }),
      type !== 'object' && fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
      fc.boolean(),
      fc.constant(null),
    ].filter((arbitrary) => arbitrary !== false),
  );
const set = (field: string) => (value: unknown): Breakage => ({ field, value });
const catalogKeys = new Set(permissionCatalog.map((permission) => permission.key));

const breakage: fc.Arbitrary<Breakage> = fc.oneof(
  // Missing fields (schemaVersion alone may be missing: it is read as version 1).
  fc.constantFrom('id', 'label', 'name', 'description', 'owner', 'expiresInDays', 'repositoryAccess', 'repositories', 'permissions').map((field): Breakage => ({ field, remove: true })),
  // Wrong types.
  fc.constantFrom('id', 'label', 'name', 'description', 'owner', 'requestMessage', 'repositoryAccess').chain((field) => notA('string').map(set(field))),
  fc.oneof(notA('number'), fc.double({ noNaN: true, noInteger: true })).map(set('expiresInDays')),
  fc.oneof(notA('array'), fc.array(fc.oneof(fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 3 })).map(set('repositories')),
  fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 })).map(set('permissions')),
  fc.oneof(fc.string(), fc.constantFrom(0, -1, 2, 99, 1.5, null, true)).map(set('schemaVersion')),
  // Values out of range and oversize strings, long unicode among them.
  fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: limits.expirationDays + 1 })).map(set('expiresInDays')),
  fc.string({ minLength: 1 }).filter((value) => !['public', 'all', 'selected'].includes(value)).map(set('repositoryAccess')),
  longUnicode(81).map(set('label')),
  longUnicode(limits.nameCharacters + 1).map(set('name')),
  longUnicode(limits.descriptionCharacters + 1).map(set('description')),
  longUnicode(limits.requestMessageCharacters + 1).map(set('requestMessage')),
  fc.string({ minLength: 64, maxLength: 500 }).map(set('id')),
  fc.constant('').map(set('label')),
  fc.constant([]).map(set('repositories')),
  fc.array(fc.string({ minLength: 101, maxLength: 400 }), { minLength: 1, maxLength: 3 }).map(set('repositories')),
  // Hostile strings where only names are allowed.
  fc.tuple(fc.string({ maxLength: 5 }), hostileText).map(([prefix, text]) => `${prefix}${text}`).chain((text) =>
    fc.constantFrom(set('owner')(text), set('id')(text), set('repositories')(['labs', text]))),
  // Unknown permissions and levels a permission does not have.
  fc.tuple(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'content', 'admin')).filter((key) => !catalogKeys.has(key)), fc.constantFrom('read', 'write', 'admin'))
    .map(([key, level]) => set('permissions')({ contents: 'read', [key]: level })),
  fc.constantFrom({ metadata: 'write' }, { gists: 'read' }, { contents: 'none' }, { contents: 'owner' }, { contents: 'Read' }).map(set('permissions')),
  // Repeated repositories, whatever their case.
  fc.constantFrom('labs', 'LABS', 'Labs').map((name) => set('repositories')(['labs', 'demo', name])),
  // Unknown fields, including the names that touch a prototype.
  fc.tuple(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'repos', 'Repositories')).filter((key) => !recipeFields.includes(key)), fc.jsonValue())
    .map(([field, value]) => ({ field, value })),
  // Ids that other recipes hold.
  fc.constantFrom('alta3-enchilada', 'team', 'mine').map(set('id')),
);

/** Text is allowed to hold markup and any unicode; these keep it valid, so the breakages alone decide. */
const decoration = fc.record({
  label: fc.option(hostileText, { nil: undefined }),
  description: fc.option(fc.string({ unit: 'grapheme', maxLength: 200 }).map((text) => text.replace(/[{}]/g, '')), { nil: undefined }),
});

const malformedRecipe = fc.tuple(decoration, fc.uniqueArray(breakage, { minLength: 1, maxLength: 3, selector: (change) => change.field })).map(([decorations, changes]) => {
  const recipe: Record<string, unknown> = { ...imported };
  for (const [field, value] of Object.entries(decorations)) if (value !== undefined) recipe[field] = value;
  for (const change of changes) {
    if (change.remove) delete recipe[change.field];
    // defineProperty, so "__proto__" becomes a key of the recipe instead of replacing its prototype.
    else Object.defineProperty(recipe, change.field, { value: change.value, enumerable: true, writable: true, configurable: true });
  }
  return { text: JSON.stringify(recipe), changes };
});

const notARecipe = fc.oneof(
  fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 })).map((value) => JSON.stringify(value)),
  fc.integer({ min: 1, max: JSON.stringify(imported).length - 1 }).map((end) => JSON.stringify(imported).slice(0, end)),
  fc.string({ unit: 'binary' }).filter((text) => { try { JSON.parse(text); return false; } catch { return true; } }),
  hostileText,
);

async function expectRefused(text: string): Promise<readonly string[]> {
  const storage = await seededStorage({ recipes: [mine], activeRecipeId: 'mine', unrelated: { kept: true } }, { recipes: [team] });
  const before = (await storage.localItems());
  const result = await importRecipe(storage, text);
  expect(result.ok).toBe(false);
  expect(storage.writes()).toBe(0);
  expect((await storage.localItems())).toEqual(before);
  const problems = result.ok ? [] : result.problems;
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) expect(problem.trim().length).toBeGreaterThan(0);
  // Echoed values are shortened, so even a megabyte of input gives a message a person can read.
  for (const problem of problems) expect(problem.length).toBeLessThan(600);
  return problems;
}

/** The field a breakage's message is expected to name: unknown fields are the recipe's. */
const namedAs = (field: string): string => (recipeFields.includes(field) || field === 'schemaVersion' ? field : 'recipe');

describe('import of malformed recipes (property)', () => {
  it('refuses 1,000 malformed recipes: no throw, nothing stored, a message naming a broken field', async () => {
    await fc.assert(
      fc.asyncProperty(malformedRecipe, async ({ text, changes }) => {
        const problems = await expectRefused(text);
        const named = changes.map((change) => namedAs(change.field));
        expect(problems.some((problem) => named.some((field) => problem.startsWith(`${field}:`) || problem.startsWith(`${field}[`) || problem.startsWith(`${field}.`)))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses 300 texts that are not recipes at all: other JSON, cut-off JSON, not JSON', async () => {
    await fc.assert(fc.asyncProperty(notARecipe, async (text) => { await expectRefused(text); }), { numRuns: 300 });
  });
});
