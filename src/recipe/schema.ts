// A token recipe is data: what the form must hold when the user clicks Generate.
// The schema enforces GitHub's own limits so a recipe that validates can be filled.
import * as z from 'zod/mini';
import { permissionCatalog, permissionInfo, levelLabels } from '../model/permission-catalog.ts';
import { characterCount, expandTemplate, unknownPlaceholders } from './expand.ts';

// zod probes for eval support unless told not to; the extension never needs it.
z.config({ jitless: true });

export const recipeSchemaVersion = 1;

export const limits = {
  labelCharacters: 80,
  nameCharacters: 40,
  descriptionCharacters: 1024,
  requestMessageCharacters: 1024,
  repositories: 50,
  expirationDays: 366,
} as const;

const sampleDate = new Date(2000, 0, 1);

/** Values echoed in messages are shortened, so a mistaken or hostile megabyte never fills the page. */
function shorten(value: string, maxCharacters = 60): string {
  const characters = [...value];
  return characters.length > maxCharacters ? `${characters.slice(0, maxCharacters - 1).join('')}…` : value;
}

const quote = (value: string): string => `'${shorten(value)}'`;

function edgeSpaceMessage(value: string): string | undefined {
  if (/^\s/.test(value)) return `${quote(value)} starts with a space; remove it`;
  if (/\s$/.test(value)) return `${quote(value)} ends with a space; remove it`;
  return undefined;
}

/** A string check that reports its own message, so every message says what to do. */
function textRule(describe: (value: string) => string | undefined) {
  return z.superRefine<string>((value, context) => {
    const message = describe(value);
    if (message) context.issues.push({ code: 'custom', message, input: value });
  });
}

const templateRule = (maxCharacters: number, required: boolean) =>
  textRule((value) => {
    const unknown = unknownPlaceholders(value);
    if (unknown.length) return `unknown placeholder {${unknown[0]}}; the only placeholder is {date}`;
    const length = characterCount(expandTemplate(value, sampleDate));
    if (required && length === 0) return 'is empty; GitHub requires it';
    if (length > maxCharacters) {
      return `is ${length} characters once filled in; GitHub allows at most ${maxCharacters}, so remove ${length - maxCharacters}`;
    }
    return undefined;
  });

const loginPattern = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const repositoryNamePattern = /^[A-Za-z0-9._-]{1,100}$/;

const ownerSchema = z.string().check(
  textRule((value) =>
    edgeSpaceMessage(value) ??
    (loginPattern.test(value)
      ? undefined
      : `${quote(value)} is not a GitHub login: use letters, digits and single hyphens, at most 39 characters`)),
);

const repositoryNameSchema = z.string().check(
  textRule((value) => {
    if (value.includes('/')) return `${quote(value)} contains '/'; give the name only, the owner comes from "owner"`;
    return edgeSpaceMessage(value) ??
      (repositoryNamePattern.test(value)
        ? undefined
        : `${quote(value)} is not a repository name: use letters, digits, '.', '-' and '_', at most 100 characters`);
  }),
);

const grantLevelSchema = z.enum(['read', 'write', 'admin']);
const repositoryAccessSchema = z.enum(['public', 'all', 'selected']);

/**
 * The checks across fields run even when a field has a problem of its own, so a form or an import
 * shows every problem at once; they need only a list of names and an object of permissions.
 */
function crossCheckable({ value }: { value: unknown }): boolean {
  const recipe = value as { repositories?: unknown; permissions?: unknown } | null;
  return typeof recipe === 'object' && recipe !== null &&
    Array.isArray(recipe.repositories) && recipe.repositories.every((name) => typeof name === 'string') &&
    typeof recipe.permissions === 'object' && recipe.permissions !== null;
}

const isValid = <T>(schema: z.ZodMiniType<T>, value: unknown): value is T => z.safeParse(schema, value).success;

export const recipeSchema = z
  .strictObject({
    schemaVersion: z.literal(recipeSchemaVersion),
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lowercase letters, digits and hyphens, at most 63')),
    label: z.string().check(z.minLength(1, 'is empty; give the recipe a name people recognise'), z.maxLength(limits.labelCharacters, `is longer than ${limits.labelCharacters} characters`)),
    name: z.string().check(templateRule(limits.nameCharacters, true)),
    description: z.string().check(templateRule(limits.descriptionCharacters, false)),
    owner: ownerSchema,
    expiresInDays: z.int().check(
      z.gte(1, 'must be at least 1 day'),
      z.lte(limits.expirationDays, `GitHub allows at most ${limits.expirationDays} days`),
    ),
    requestMessage: z.optional(z.string().check(templateRule(limits.requestMessageCharacters, false))),
    repositoryAccess: repositoryAccessSchema,
    repositories: z.array(repositoryNameSchema),
    permissions: z.record(z.string(), grantLevelSchema),
  })
  .check(
    z.superRefine((recipe, context) => {
      const report = (path: (string | number)[], message: string) =>
        context.issues.push({ code: 'custom', path, message, input: recipe });
      const count = recipe.repositories.length;
      const access = isValid(repositoryAccessSchema, recipe.repositoryAccess) ? recipe.repositoryAccess : undefined;
      if (access === 'selected' && count === 0) {
        report(['repositories'], 'is empty; "Only select repositories" needs at least one');
      }
      if (access !== undefined && access !== 'selected' && count > 0) {
        report(['repositories'], `lists repositories, but repositoryAccess is "${access}"; use "selected" or empty the list`);
      }
      if (count > limits.repositories) {
        report(['repositories'], `has ${count}; GitHub allows at most ${limits.repositories}`);
      }
      const seen = new Map<string, number>();
      recipe.repositories.forEach((name, index) => {
        const first = seen.get(name.toLowerCase());
        if (first === undefined) seen.set(name.toLowerCase(), index);
        else report(['repositories', index], `${quote(name)} repeats repositories[${first}]; list each repository once`);
      });
      for (const [key, level] of Object.entries(recipe.permissions)) {
        const info = permissionInfo(key);
        if (!info) {
          report(['permissions', key], `is not a GitHub permission; use a key such as ${suggestPermissionKeys(key)}`);
        } else if (isValid(grantLevelSchema, level) && !info.levels.includes(level)) {
          report(['permissions', key], `${info.name} supports ${info.levels.map((l) => levelLabels[l]).join(' or ')}, not ${levelLabels[level]}`);
        }
      }
    }, { when: crossCheckable }),
  );

export type Recipe = z.infer<typeof recipeSchema>;
export type RepositoryAccess = Recipe['repositoryAccess'];

function suggestPermissionKeys(key: string): string {
  const needle = key.toLowerCase().replace(/[^a-z]/g, '');
  const close = permissionCatalog.filter((p) => needle.length > 2 && p.key.replace(/_/g, '').includes(needle.slice(0, 5)));
  return (close.length ? close : permissionCatalog.slice(0, 3)).slice(0, 3).map((p) => `"${p.key}"`).join(', ');
}

/** One thing wrong with a recipe: where (as zod reports it) and what to do, in words. */
export interface RecipeIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type RecipeResult =
  | { ok: true; recipe: Recipe }
  /** problems[i] is issues[i] as one line: "repositories[3]: 'gutenberg ' ends with a space; remove it". */
  | { ok: false; issues: RecipeIssue[]; problems: string[] };

/** Validates unknown input (an import, a stored or a managed recipe) into problems a person can act on. */
export function validateRecipe(input: unknown): RecipeResult {
  const result = z.safeParse(recipeSchema, input);
  const schemaIssues = result.success ? [] : result.error.issues.map((issue): RecipeIssue => ({
    path: issue.path as (string | number)[],
    message: friendlyMessage(issue, valueAt(input, issue.path)),
  }));
  const issues = [...schemaIssues, ...prototypeKeyIssues(input)];
  if (result.success && issues.length === 0) return { ok: true, recipe: result.data };
  return { ok: false, issues, problems: issues.map(issueLine) };
}

/** zod leaves a "__proto__" key out of a record without a word, so it would vanish from an import unnoticed. */
function prototypeKeyIssues(input: unknown): RecipeIssue[] {
  const permissions = valueAt(input, ['permissions']);
  return permissions !== null && typeof permissions === 'object' && Object.hasOwn(permissions, '__proto__')
    ? [{ path: ['permissions', '__proto__'], message: 'is not a GitHub permission; remove it' }]
    : [];
}

/** zod leaves the offending value out of its issues, so look it up in the input. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, part) => (value !== null && typeof value === 'object' && Object.hasOwn(value, part) ? (value as Record<PropertyKey, unknown>)[part] : undefined),
    input,
  );
}

function issuePath(path: RecipeIssue['path']): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${shorten(part)}` : shorten(part)),
    '',
  );
}

/** An issue as one line that names its field: "repositories[3]: 'gutenberg ' ends with a space; remove it". */
export const issueLine = (issue: RecipeIssue): string => `${issuePath(issue.path) || 'recipe'}: ${issue.message}`;

function friendlyMessage(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? `is missing; it must be ${typeWord(issue.expected)}` : `must be ${typeWord(issue.expected)}, not ${typeName(value)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${shorten(k)}"`).join(', ')}; remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
    default:
      return issue.message;
  }
}

const article = (expected: string): string => (/^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`);
/** zod's words in a person's: a record is an object whose keys are free, an int a whole number. */
const typeWord = (expected: string): string => article(({ record: 'object', int: 'whole number' } as Record<string, string>)[expected] ?? expected);
const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'number' ? String(value) : article(typeof value);
