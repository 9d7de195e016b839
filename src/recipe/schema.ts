// A token recipe is data: what the form must hold when the user clicks Generate.
// The schema enforces GitHub's own limits so a recipe that validates can be filled.
import * as z from 'zod/mini';
import { formatList, pluralWords, words, type MessageKey } from '../model/i18n.ts';
import { hostNameProblem } from '../model/github-host.ts';
import { classicScopeInfo, classicScopes } from '../model/classic-scopes.ts';
import { otherSpelling, permissionCatalog, permissionInfo, levelLabels } from '../model/permission-catalog.ts';
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
  /**
   * A classic token's note. GitHub publishes no limit for it; 100 characters keeps a recipe well
   * inside anything the page could hold (its notes must also be unique, which {date} helps with).
   */
  noteCharacters: 100,
  purposeCharacters: 1024,
} as const;

const sampleDate = new Date(2000, 0, 1);

/** Values echoed in messages are shortened, so a mistaken or hostile megabyte never fills the page. */
function shorten(value: string, maxCharacters = 60): string {
  const characters = [...value];
  return characters.length > maxCharacters ? `${characters.slice(0, maxCharacters - 1).join('')}…` : value;
}

const quote = (value: string): string => `'${shorten(value)}'`;

function edgeSpaceMessage(value: string): string | undefined {
  if (/^\s/.test(value)) return words('schema_startsWithSpace', quote(value));
  if (/\s$/.test(value)) return words('schema_endsWithSpace', quote(value));
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
    if (unknown.length) return words('schema_unknownPlaceholder', `{${unknown[0]}}`, '{date}');
    const length = characterCount(expandTemplate(value, sampleDate));
    if (required && length === 0) return words('schema_required');
    if (length > maxCharacters) return words('schema_tooLong', length, maxCharacters, length - maxCharacters);
    return undefined;
  });

const loginPattern = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const repositoryNamePattern = /^[A-Za-z0-9._-]{1,100}$/;

const ownerSchema = z.string().check(
  textRule((value) =>
    edgeSpaceMessage(value) ??
    (loginPattern.test(value)
      ? undefined
      : words('schema_notALogin', quote(value)))),
);

const repositoryNameSchema = z.string().check(
  textRule((value) => {
    if (value.includes('/')) return words('schema_repositoryWithOwner', quote(value));
    return edgeSpaceMessage(value) ??
      (repositoryNamePattern.test(value)
        ? undefined
        : words('schema_notARepositoryName', quote(value)));
  }),
);

/** The GitHub the recipe is for: github.com (the default) or a GitHub Enterprise host. */
const hostSchema = z.string().check(textRule((value) => edgeSpaceMessage(value) ?? hostNameProblem(value)));

/**
 * Some of GitHub's REST pages still ask for a "Checks" permission, but fine-grained tokens cannot
 * have one (research note live-page-2026 §1.4), so it gets its own message with what people use instead.
 */
const checksKey = 'checks';

/**
 * The "Copilot Requests" row shows only with "Public repositories" access on a token of the person's
 * own account (live-page-2026 §1.3). Whether an owner is the person's own is not known until the
 * form is open, so a recipe is checked by its repository access.
 */
const copilotRequestsKey = 'user_copilot_requests';
const publicAccessOnly = (key: string): boolean => key === copilotRequestsKey || otherSpelling(key) === copilotRequestsKey;

/** Both of GitHub's spellings of one permission in a recipe: the later one is reported. */
function otherSpellingFirst(key: string, permissions: Readonly<Record<string, unknown>>): boolean {
  const other = otherSpelling(key);
  if (other === undefined || !Object.hasOwn(permissions, other)) return false;
  const keys = Object.keys(permissions);
  return keys.indexOf(other) < keys.indexOf(key);
}

const grantLevelSchema = z.enum(['read', 'write', 'admin']);
const repositoryAccessSchema = z.enum(['public', 'all', 'selected']);

/**
 * The checks across fields run even when a field has a problem of its own, so a form or an import
 * shows every problem at once; they need only a list of names and an object of permissions.
 */
function crossCheckable({ value }: { value: unknown }): boolean {
  const recipe = value as { repositories?: unknown; permissions?: unknown } | null;
  return typeof recipe === 'object' && recipe !== null && isStringList(recipe.repositories) &&
    typeof recipe.permissions === 'object' && recipe.permissions !== null;
}

/** A check's message in the person's language, looked up when the check fails. */
const says = (key: MessageKey, ...substitutions: (string | number)[]) => ({ error: () => words(key, ...substitutions) });
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

const isValid = <T>(schema: z.ZodMiniType<T>, value: unknown): value is T => z.safeParse(schema, value).success;

/** Fields every kind of recipe has. */
const commonFields = {
  schemaVersion: z.literal(recipeSchemaVersion),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, says('schema_id'))),
  label: z.string().check(z.minLength(1, says('schema_labelEmpty')), z.maxLength(limits.labelCharacters, says('schema_labelTooLong', limits.labelCharacters))),
  host: z.optional(hostSchema),
};

/** GitHub's expires_in: 1 to 366 days; an organization's lifetime policy may allow fewer. */
const expiresInDaysSchema = z.int().check(
  z.gte(1, says('schema_daysTooFew')),
  z.lte(limits.expirationDays, says('schema_daysTooMany', limits.expirationDays)),
);

/** A recipe for GitHub's fine-grained form; recipes without a kind are of this kind. */
export const fineGrainedRecipeSchema = z
  .strictObject({
    ...commonFields,
    kind: z.optional(z.literal('fine-grained')),
    /** One of the two: a fine-grained token of a personal owner may have no expiration (live-page-2026 §1.5). */
    expiresInDays: z.optional(expiresInDaysSchema),
    noExpiration: z.optional(z.literal(true)),
    name: z.string().check(templateRule(limits.nameCharacters, true)),
    description: z.string().check(templateRule(limits.descriptionCharacters, false)),
    owner: ownerSchema,
    requestMessage: z.optional(z.string().check(templateRule(limits.requestMessageCharacters, false))),
    repositoryAccess: repositoryAccessSchema,
    repositories: z.array(repositoryNameSchema),
    permissions: z.record(z.string(), grantLevelSchema),
  })
  .check(
    z.superRefine((recipe, context) => {
      const report = (path: (string | number)[], message: string) =>
        context.issues.push({ code: 'custom', path, message, input: recipe });
      if (recipe.noExpiration === true && recipe.expiresInDays !== undefined) {
        report(['noExpiration'], words('schema_noExpirationWithDays'));
      }
      if (recipe.noExpiration === undefined && recipe.expiresInDays === undefined) {
        report(['expiresInDays'], words('schema_lifetimeMissing', limits.expirationDays));
      }
      const count = recipe.repositories.length;
      const access = isValid(repositoryAccessSchema, recipe.repositoryAccess) ? recipe.repositoryAccess : undefined;
      if (access === 'selected' && count === 0) {
        report(['repositories'], words('schema_noRepositories'));
      }
      if (access !== undefined && access !== 'selected' && count > 0) {
        report(['repositories'], words('schema_repositoriesNotSelected', access));
      }
      if (count > limits.repositories) {
        report(['repositories'], words('schema_tooManyRepositories', count, limits.repositories));
      }
      reportRepeats(recipe.repositories, 'repositories', 'schema_repeatedRepository', (name) => name.toLowerCase(), report);
      for (const [key, level] of Object.entries(recipe.permissions)) {
        const info = permissionInfo(key);
        if (key === checksKey) {
          report(['permissions', key], words('schema_checksNotFineGrained'));
        } else if (!info) {
          report(['permissions', key], words('schema_unknownPermission', suggestPermissionKeys(key)));
        } else if (isValid(grantLevelSchema, level) && !info.levels.includes(level)) {
          report(['permissions', key], words('schema_unsupportedLevel', info.name, formatList(info.levels.map((l) => levelLabels[l]), 'disjunction'), levelLabels[level]));
        } else if (otherSpellingFirst(key, recipe.permissions)) {
          report(['permissions', key], words('schema_permissionSpelledTwice', info.name, otherSpelling(key) ?? ''));
        } else if (access !== undefined && access !== 'public' && publicAccessOnly(key)) {
          report(['permissions', key], words('schema_copilotNeedsPublic', info.name, access));
        }
      }
    }, { when: crossCheckable }),
  );

/** Each entry after its first equal (by key) is reported where it stands. */
function reportRepeats(values: readonly string[], field: string, repeated: MessageKey, key: (value: string) => string, report: (path: (string | number)[], message: string) => void): void {
  const seen = new Map<string, number>();
  values.forEach((value, index) => {
    const first = seen.get(key(value));
    if (first === undefined) seen.set(key(value), index);
    else report([field, index], words(repeated, quote(value), first));
  });
}

/** The letters two names differ by (Levenshtein), to suggest the scope a person meant. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (const [i, charA] of [...a].entries()) {
    const current = [i + 1];
    for (const [j, charB] of [...b].entries()) {
      current.push(Math.min((previous[j + 1] ?? 0) + 1, (current[j] ?? 0) + 1, (previous[j] ?? 0) + (charA === charB ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function scopeMessage(value: string): string | undefined {
  if (classicScopeInfo(value)) return undefined;
  const edges = edgeSpaceMessage(value);
  if (edges) return edges;
  const [closest] = classicScopes
    .map((entry) => ({ scope: entry.scope, distance: editDistance(value.toLowerCase(), entry.scope) }))
    .sort((a, b) => a.distance - b.distance);
  return closest && closest.distance <= Math.max(2, Math.floor(value.length / 3))
    ? words('schema_unknownScopeDidYouMean', quote(value), `'${closest.scope}'`)
    : words('schema_unknownScope', quote(value), "'repo', 'workflow', 'read:org'");
}

/** A recipe for GitHub's classic token form (settings/tokens/new): a note, a lifetime and scopes. */
export const classicRecipeSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal('classic'),
    expiresInDays: expiresInDaysSchema,
    /** What the token is for, in the team's words; shown to the person, never sent to GitHub. */
    purpose: z.optional(z.string().check(z.maxLength(limits.purposeCharacters, says('schema_labelTooLong', limits.purposeCharacters)))),
    note: z.string().check(templateRule(limits.noteCharacters, true)),
    scopes: z.array(z.string().check(textRule(scopeMessage))),
  })
  .check(
    z.superRefine((recipe, context) => {
      reportRepeats(recipe.scopes, 'scopes', 'schema_repeatedScope', (scope) => scope, (path, message) =>
        context.issues.push({ code: 'custom', path, message, input: recipe }));
    }, { when: ({ value }) => isStringList((value as { scopes?: unknown } | null)?.scopes) }),
  );

export type FineGrainedRecipe = z.infer<typeof fineGrainedRecipeSchema>;
export type ClassicRecipe = z.infer<typeof classicRecipeSchema>;
export type Recipe = FineGrainedRecipe | ClassicRecipe;
export type RepositoryAccess = FineGrainedRecipe['repositoryAccess'];

/** A lifetime in days, or GitHub's "No expiration" (expires_in=none). */
export type Lifetime = number | 'none';

/** A valid fine-grained recipe has exactly one of expiresInDays and noExpiration. */
export const lifetimeOf = (recipe: FineGrainedRecipe): Lifetime => recipe.expiresInDays ?? 'none';

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
  const kind = valueAt(input, ['kind']);
  if (kind !== undefined && kind !== 'fine-grained' && kind !== 'classic') {
    const issues: RecipeIssue[] = [{ path: ['kind'], message: words('schema_kind', '"fine-grained"', '"classic"') }];
    return { ok: false, issues, problems: issues.map(issueLine) };
  }
  const schema: z.ZodMiniType<Recipe> = kind === 'classic' ? classicRecipeSchema : fineGrainedRecipeSchema;
  const result = z.safeParse(schema, input);
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
    ? [{ path: ['permissions', '__proto__'], message: words('schema_prototypeKey') }]
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
export const issueLine = (issue: RecipeIssue): string => words('schema_issueLine', issuePath(issue.path) || words('schema_recipe'), issue.message);

function friendlyMessage(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? words('schema_missing', typeWord(issue.expected)) : words('schema_wrongType', typeWord(issue.expected), typeName(value));
    case 'invalid_value':
      return words('schema_oneOf', issue.values.map((v) => JSON.stringify(v)).join(', '));
    case 'unrecognized_keys':
      return pluralWords('schema_unknownFields', issue.keys.length, issue.keys.map((k) => `"${shorten(k)}"`).join(', '));
    default:
      return issue.message;
  }
}

/** zod's words in a person's: a record is an object whose keys are free, an int a whole number, an array a list. */
const typeWords: Readonly<Record<string, MessageKey>> = {
  string: 'schema_typeString', number: 'schema_typeNumber', int: 'schema_typeWholeNumber', boolean: 'schema_typeBoolean',
  object: 'schema_typeObject', record: 'schema_typeObject', array: 'schema_typeArray',
};
const typeWord = (expected: string): string => {
  const key = typeWords[expected];
  return key ? words(key) : words('schema_typeOther', expected);
};
const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? words('schema_typeList') : typeof value === 'number' ? String(value) : typeWord(typeof value);
