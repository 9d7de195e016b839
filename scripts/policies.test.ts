// The policy files in docs/policies/ that the README tells administrators to use: each installs
// PAT Pilot under the right id and pushes recipes that pass public/managed-schema.json (checked by
// a JSON-schema validator, with undeclared fields refused, as Chrome drops them) and PAT Pilot's
// own recipe checks.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateRecipe } from '../src/recipe/schema.ts';
import { firefoxAddonId } from './firefox-manifest.ts';
import { committedExtensionId } from './packaging/extension-id.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')) as T;

interface Schema {
  readonly type: string;
  readonly properties?: Record<string, Schema>;
  readonly items?: Schema;
  readonly additionalProperties?: Schema | boolean;
}

/** The managed schema, with every object that lists its properties closed to others. */
function strict(schema: Schema): Schema {
  return {
    ...schema,
    ...(schema.properties ? { properties: Object.fromEntries(Object.entries(schema.properties).map(([key, child]) => [key, strict(child)])), additionalProperties: false } : {}),
    ...(schema.items ? { items: strict(schema.items) } : {}),
  };
}

const validatePushed = new Ajv({ allErrors: true, strict: true, strictTypes: false }).compile(strict(readJson<Schema>('public/managed-schema.json')));

interface Pushed {
  readonly defaultRecipeId?: string;
  readonly recipes: unknown[];
}

/** The recipes part of a policy: valid against the managed schema and as PAT Pilot recipes, the default one of them. */
function expectValidPush(pushed: Pushed | undefined): void {
  expect(pushed).toBeDefined();
  expect(validatePushed(pushed), JSON.stringify(validatePushed.errors)).toBe(true);
  expect(pushed!.recipes.map((recipe) => validateRecipe(recipe))).toEqual(pushed!.recipes.map((recipe) => ({ ok: true, recipe })));
  expect(pushed!.recipes.map((recipe) => (recipe as { id: string }).id)).toContain(pushed!.defaultRecipeId);
}

interface ChromePolicy {
  readonly ExtensionSettings: Record<string, { installation_mode: string; update_url: string; override_update_url?: boolean }>;
  readonly '3rdparty': { extensions: Record<string, Pushed> };
}

describe('docs/policies', () => {
  it('the validator refuses what Chrome would drop: an undeclared field, a value of the wrong type', () => {
    const recipe = readJson<ChromePolicy>('docs/policies/chrome-pat-pilot.json')['3rdparty'].extensions[committedExtensionId()]!.recipes[0] as object;
    expect(validatePushed({ recipes: [{ ...recipe, repos: ['labs'] }] })).toBe(false);
    expect(validatePushed({ recipes: [{ ...recipe, expiresInDays: '90' }] })).toBe(false);
    expect(validatePushed({ recipes: [recipe] })).toBe(true);
  });

  it('self-hosted Chrome: force-installs the id of manifest.json\'s key from an https update.xml, kept updated from there, with valid recipes', () => {
    const policy = readJson<ChromePolicy>('docs/policies/chrome-pat-pilot.json');
    const id = committedExtensionId();
    expect(Object.keys(policy.ExtensionSettings)).toEqual([id]);
    expect(policy.ExtensionSettings[id]).toEqual({ installation_mode: 'force_installed', update_url: expect.stringMatching(/^https:\/\/.+\/update\.xml$/), override_update_url: true });
    expect(Object.keys(policy['3rdparty'].extensions)).toEqual([id]);
    expectValidPush(policy['3rdparty'].extensions[id]);
  });

  it('Chrome Web Store: force-installs one store item from the store\'s update URL, with the same recipes', () => {
    const policy = readJson<ChromePolicy>('docs/policies/chrome-pat-pilot-web-store.json');
    const [storeId] = Object.keys(policy.ExtensionSettings);
    // The store assigns the id at the first upload; until then the file names the placeholder.
    expect(storeId).toMatch(/^([a-p]{32}|REPLACE-WITH-CHROME-WEB-STORE-ITEM-ID)$/);
    expect(storeId).not.toBe(committedExtensionId());
    expect(policy.ExtensionSettings[storeId!]).toEqual({ installation_mode: 'force_installed', update_url: 'https://clients2.google.com/service/update2/crx' });
    expect(policy['3rdparty'].extensions).toEqual({ [storeId!]: readJson<ChromePolicy>('docs/policies/chrome-pat-pilot.json')['3rdparty'].extensions[committedExtensionId()] });
  });

  it('the README gives the id and asks nobody to compute one', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`"${committedExtensionId()}": {`);
    expect(readme).not.toMatch(/REPLACE-WITH-PAT-PILOT-EXTENSION-ID|sha256sum \| head -c 32/);
  });

  it('Firefox: force-installs the add-on id from an https .xpi, with the same recipes', () => {
    const { policies } = readJson<{ policies: { ExtensionSettings: Record<string, unknown>; '3rdparty': { Extensions: Record<string, Pushed> } } }>('docs/policies/firefox-policies.json');
    expect(policies.ExtensionSettings).toEqual({ [firefoxAddonId]: { installation_mode: 'force_installed', install_url: expect.stringMatching(/^https:\/\/.+\.xpi$/) } });
    expect(Object.keys(policies['3rdparty'].Extensions)).toEqual([firefoxAddonId]);
    expect(policies['3rdparty'].Extensions[firefoxAddonId]).toEqual(readJson<ChromePolicy>('docs/policies/chrome-pat-pilot.json')['3rdparty'].extensions[committedExtensionId()]);
    expectValidPush(policies['3rdparty'].Extensions[firefoxAddonId]);
  });
});
