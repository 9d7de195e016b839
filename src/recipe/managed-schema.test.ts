// Chrome removes every field the managed schema does not declare before PAT Pilot sees a pushed
// recipe, so a recipe field missing from public/managed-schema.json would vanish without a word.
// The example policies in docs/policies are checked in scripts/policies.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classicRecipeSchema, fineGrainedRecipeSchema } from './schema.ts';

interface PolicySchema {
  readonly type: string;
  readonly properties?: Record<string, PolicySchema>;
  readonly items?: PolicySchema;
  readonly additionalProperties?: PolicySchema;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const policy = readJson('public/managed-schema.json') as PolicySchema;
const pushedRecipe = policy.properties?.recipes?.items;

describe('managed storage schema', () => {
  it('declares the three policies PAT Pilot reads, at a top level Chrome accepts', () => {
    expect(policy.type).toBe('object');
    expect(policy).not.toHaveProperty('additionalProperties');
    expect(Object.keys(policy.properties ?? {}).sort()).toEqual(['defaultRecipeId', 'enterpriseHosts', 'recipes']);
  });

  it('declares every field of both kinds of recipe, so Chrome passes each one through', () => {
    const fields = new Set([...Object.keys(fineGrainedRecipeSchema.shape), ...Object.keys(classicRecipeSchema.shape)]);
    expect(Object.keys(pushedRecipe?.properties ?? {}).sort()).toEqual([...fields].sort());
  });

  it('gives every schema exactly one type, as Chrome requires', () => {
    const untyped: string[] = [];
    const visit = (schema: PolicySchema, path: string): void => {
      if (typeof schema.type !== 'string') untyped.push(path);
      for (const [key, child] of Object.entries(schema.properties ?? {})) visit(child, `${path}.${key}`);
      if (schema.items) visit(schema.items, `${path}[]`);
      if (schema.additionalProperties) visit(schema.additionalProperties, `${path}.*`);
    };
    visit(policy, 'policy');
    expect(untyped).toEqual([]);
  });
});
