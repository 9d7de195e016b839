// Reads what a token's own page or an approval request states about the token: its name, dates,
// resource owner, repositories and the prose under each "… permissions" label, each found by what
// labels it (page-lines.ts), wherever it sits. Whatever is missing, in another shape or
// contradictory is left undefined: the audit then says it could not read that part.
import type { RepositoryAccessChoice } from '../../model/form-snapshot.ts';
import type { GrantLevel, PermissionGroup } from '../../model/permission-catalog.ts';
import { readPermissionProse } from '../../model/permission-prose.ts';
import { githubAllowsTokenName, type TokenStatement } from '../../model/token-statement.ts';
import { commonAncestor, find, findAll, normalizedText } from '../dom.ts';
import { selectors } from '../selectors.ts';
import { expiryStated, readCreated, readExpiry } from './dates.ts';
import { labelledParts, pageLines, type PageLine, type Part, type StatementPart } from './page-lines.ts';

export const loginPattern = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}';

/** The one value all of them agree on; undefined when there is none or they differ. */
export function agreed<T>(values: readonly (T | undefined)[]): T | undefined {
  const distinct = new Set(values.filter((value) => value !== undefined));
  const [value] = distinct;
  return distinct.size === 1 ? value : undefined;
}

/**
 * A text that may run over several lines (a request's reason): all of them when they sit in an
 * element of their own (a <dd>, a box), else only a single line. On a flat page the lines after
 * the label may be other parts, so several there are not read.
 */
function longValue({ label, values }: Part): string | undefined {
  const [first, ...others] = values;
  if (!first) return undefined;
  if (others.length === 0) return first.text;
  const around = commonAncestor(values.map((line) => line.block));
  return around && !around.contains(label.block) ? values.map((line) => line.text).join(' ') : undefined;
}

const valuesOf = (parts: readonly Part[], part: StatementPart): (readonly PageLine[])[] =>
  parts.filter((found) => found.part === part).map((found) => found.values);

/** The first line after each such label, read by `read`; a label with nothing after it reads as nothing. */
const firstValues = <T>(parts: readonly Part[], part: StatementPart, read: (text: string) => T | undefined): (T | undefined)[] =>
  valuesOf(parts, part).map(([first]) => (first ? read(first.text) : undefined));

/** "Resource owner" followed by "alta3" (or "@alta3"), and "Access on alta3" anywhere, all the same. */
function readOwner(parts: readonly Part[], text: string): string | undefined {
  const labelled = firstValues(parts, 'owner', (value) => new RegExp(`^@?(${loginPattern})$`).exec(value)?.[1]);
  const inline = [...text.matchAll(new RegExp(`\\bAccess on @?(${loginPattern})\\b`, 'g'))].map((match) => match[1]);
  const all = [...labelled, ...inline];
  return all.includes(undefined) ? undefined : agreed(all);
}

/** "owner/name" from a link to a repository (/owner/name) as written, nothing else. */
const repositoryName = (href: string): string | undefined => {
  const match = /^(?:https:\/\/[^/]+)?\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)\/?$/.exec(href);
  return match ? `${match[1]}/${match[2]}` : undefined;
};
const fullNamePattern = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

type RepositoryLine =
  | { readonly kind: 'all' | 'none' | 'selected' | 'shortened' | 'unknown' }
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'repository'; readonly name: string };

function repositoryLine(line: PageLine): RepositoryLine {
  const { text } = line;
  if (/^(All repositories\b|This token has access to all repositories\b)/i.test(text)) return { kind: 'all' };
  if (/^Public repositories\b/i.test(text)) return { kind: 'none' };
  // A shortened list ("and 3 more") would hide repositories.
  if (/\b(\d+ more|show more|show all)\b/i.test(text)) return { kind: 'shortened' };
  if (/^(Only select repositories|Selected repositories)$/i.test(text)) return { kind: 'selected' };
  const count = /^This token has access to (\d+) repositor(?:y|ies)\.?$/i.exec(text)?.[1];
  if (count !== undefined) return { kind: 'count', count: Number(count) };
  const linked = line.hrefs.map(repositoryName);
  const name = linked.length === 1 ? linked[0] : linked.length === 0 && fullNamePattern.test(text) ? text : undefined;
  return name !== undefined && (text === name || text.startsWith(`${name} `)) ? { kind: 'repository', name } : { kind: 'unknown' };
}

interface RepositoryReading {
  readonly access: RepositoryAccessChoice | undefined;
  readonly names: readonly string[] | undefined;
}

const unreadRepositories: RepositoryReading = { access: undefined, names: undefined };

function readRepositories(parts: readonly Part[]): RepositoryReading {
  const lines = valuesOf(parts, 'repositories').flat().map(repositoryLine);
  const kinds = new Set(lines.map((line) => line.kind));
  if (kinds.size === 0) return unreadRepositories;
  if (kinds.size === 1 && kinds.has('all')) return { access: 'all', names: undefined };
  if (kinds.size === 1 && kinds.has('none')) return { access: 'none', names: [] };
  if (kinds.has('all') || kinds.has('none')) return unreadRepositories;
  const names = lines.flatMap((line) => (line.kind === 'repository' ? [line.name] : []));
  const counts = new Set(lines.flatMap((line) => (line.kind === 'count' ? [line.count] : [])));
  const readable = names.length > 0 && !kinds.has('unknown') && !kinds.has('shortened') && [...counts].every((count) => count === names.length);
  return { access: 'selected', names: readable ? names : undefined };
}

const permissionParts: readonly (readonly [StatementPart, PermissionGroup])[] = [
  ['repositoryPermissions', 'repository'],
  ['accountPermissions', 'account'],
  ['organizationPermissions', 'organization'],
];

/** One sentence per entry: a paragraph may hold several ("Read access to metadata. Read and Write access to code."). */
const sentences = (lines: readonly PageLine[]): string[] =>
  lines.flatMap((line) => line.text.split(/(?<=\.)\s+(?=(?:read|write|admin|this token)\b)/i));

const prosePattern = /^((read and write|read|write|admin|no) access to|this token does not have any \w+ permissions)\b/i;

interface PermissionReading {
  readonly levels: Record<string, GrantLevel> | undefined;
  readonly forAllRepositories: boolean;
}

/**
 * Every sentence about permissions on the page must follow a permissions label PAT Pilot knows;
 * otherwise a part of the permissions might be missed and none of them is trusted.
 */
function readPermissions(parts: readonly Part[], lines: readonly PageLine[]): PermissionReading {
  const levels: Record<string, GrantLevel> = {};
  const read = new Set<PageLine>();
  let forAllRepositories = false;
  let complete = permissionParts.some(([part]) => valuesOf(parts, part).length > 0);
  for (const [part, group] of permissionParts) {
    const stated = valuesOf(parts, part);
    stated.flat().forEach((line) => read.add(line));
    const reading = readPermissionProse(group, sentences(stated.flat()));
    forAllRepositories ||= reading.forAllRepositories;
    complete &&= reading.unread.length === 0 && stated.every((values) => values.length > 0);
    Object.assign(levels, reading.levels);
  }
  const strays = sentences(lines.filter((line) => !read.has(line))).some((sentence) => prosePattern.test(sentence));
  return { levels: complete && !strays ? levels : undefined, forAllRepositories };
}

/** A date part: the page's own sentence ("Expires on …") and each labelled value, all the same. */
function readDate(text: string, labelled: readonly (readonly PageLine[])[], phrase: string, read: (text: string) => string | undefined, stated: boolean): string | undefined {
  const values = labelled.map(([first]) => (first ? read(first.text) ?? read(`${phrase} on ${first.text}`) : undefined));
  const all = [...values, ...(stated ? [read(text)] : [])];
  return all.includes(undefined) ? undefined : agreed(all);
}

/** The token's statement in the page's main column. */
export function readStatement(document: Document): TokenStatement {
  const root = find(document, selectors.settingsMain) ?? document.body;
  const lines = pageLines(root);
  const parts = labelledParts(lines);
  const text = lines.map((line) => line.text).join(' ');
  // Without the labels themselves: "Expires on" above "This token has no expiration date." is no contradiction.
  const dateText = lines.filter((line) => line.part !== 'expiry' && line.part !== 'created').map((line) => line.text).join(' ');
  const repositories = readRepositories(parts);
  const permissions = readPermissions(parts, lines);
  const names = firstValues(parts, 'name', (value) => (githubAllowsTokenName(value) ? value : undefined));
  // The headings and the document's title ("<name> · Fine-grained Personal Access Tokens") say nothing of being the name.
  const titles = [...findAll(root, selectors.pageHeading).map(normalizedText), document.title.split(' · ')[0]?.trim() ?? '']
    .filter((candidate) => githubAllowsTokenName(candidate));
  const reasons = [...parts.filter((found) => found.part === 'reason').map(longValue), ...findAll(root, selectors.requestReason).map(normalizedText)];
  return {
    name: names.includes(undefined) ? undefined : agreed(names),
    titles: [...new Set(titles)],
    owner: readOwner(parts, text),
    // A permission "for all current and future repositories" contradicts a list of some.
    ...(permissions.forAllRepositories && repositories.access !== 'all' ? { repositoryAccess: undefined, repositories: undefined } : { repositoryAccess: repositories.access, repositories: repositories.names }),
    permissions: permissions.levels,
    createdOn: readDate(dateText, valuesOf(parts, 'created'), 'Created', readCreated, /\bCreated on\b/.test(dateText)),
    expiresOn: readDate(dateText, valuesOf(parts, 'expiry'), 'Expires', readExpiry, expiryStated(dateText)),
    requestMessage: reasons.includes(undefined) ? undefined : agreed(reasons),
  };
}
