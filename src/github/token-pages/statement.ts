// Reads what a token's own page or an approval request states about the token: its dates, its
// resource owner ("Access on alta3"), the repositories under "Repository access" and the prose
// under each "… permissions" heading. Whatever is missing, in another shape or contradictory is
// left undefined: the audit then says it could not read that part.
import type { RepositoryAccessChoice } from '../../model/form-snapshot.ts';
import type { GrantLevel, PermissionGroup } from '../../model/permission-catalog.ts';
import { readPermissionProse } from '../../model/permission-prose.ts';
import type { TokenStatement } from '../../model/token-statement.ts';
import { find, findAll, normalizedText } from '../dom.ts';
import { selectors } from '../selectors.ts';
import { readCreated, readExpiry } from './dates.ts';

const permissionHeadings: readonly (readonly [RegExp, PermissionGroup])[] = [
  [/^Repository permissions$/i, 'repository'],
  [/^(User|Account) permissions$/i, 'account'],
  [/^Organization permissions$/i, 'organization'],
];

interface Section {
  readonly heading: string;
  /** The element around the heading and what it introduces. */
  readonly element: Element;
}

function sections(root: ParentNode): Section[] {
  return findAll(root, selectors.statementHeadings).flatMap((heading) =>
    heading.parentElement ? [{ heading: normalizedText(heading), element: heading.parentElement }] : []);
}

const loginPattern = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}';

/** "Access on alta3" (or "@alta3"), once or always the same. */
function readOwner(text: string): string | undefined {
  const owners = new Set([...text.matchAll(new RegExp(`\\bAccess on @?(${loginPattern})\\b`, 'g'))].map((match) => match[1]));
  const [owner] = owners;
  return owners.size === 1 ? owner : undefined;
}

/** "owner/name" from a link to a repository (/owner/name) as written, nothing else. */
function repositoryName(link: Element): string | undefined {
  const match = /^(?:https:\/\/github\.com)?\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)\/?$/.exec(link.getAttribute('href') ?? '');
  return match ? `${match[1]}/${match[2]}` : undefined;
}

interface RepositoryReading {
  readonly access: RepositoryAccessChoice | undefined;
  readonly names: readonly string[] | undefined;
}

function readRepositories(all: readonly Section[]): RepositoryReading {
  const matching = all.filter((section) => /^Repository access$/i.test(section.heading));
  const [section] = matching;
  if (!section || matching.length > 1) return { access: undefined, names: undefined };
  const text = normalizedText(section.element);
  if (/\bAll repositories\b/i.test(text)) return { access: 'all', names: undefined };
  if (/\bPublic repositories\b/i.test(text)) return { access: 'none', names: [] };
  // A shortened list ("and 3 more") would hide repositories.
  if (/\b(\d+ more|show more|show all)\b/i.test(text)) return { access: 'selected', names: undefined };
  const names = findAll(section.element, selectors.statementLines)
    .map((line) => line.querySelector('a[href]'))
    .map((link) => (link ? repositoryName(link) : undefined));
  const stated = /\baccess to (\d+) repositor(?:y|ies)\b/i.exec(text)?.[1];
  const readable = names.length > 0 && names.every((name) => name !== undefined) && (stated === undefined || Number(stated) === names.length);
  return { access: 'selected', names: readable ? (names as string[]) : undefined };
}

/**
 * Every "… access to …" line on the page must sit under a permissions heading PAT Pilot knows;
 * otherwise a part of the permissions might be missed and none of them is trusted.
 */
function readPermissions(root: ParentNode, all: readonly Section[]): Record<string, GrantLevel> | undefined {
  const levels: Record<string, GrantLevel> = {};
  const readLines = new Set<Element>();
  let groupsFound = 0;
  for (const section of all) {
    const group = permissionHeadings.find(([pattern]) => pattern.test(section.heading))?.[1];
    if (!group) continue;
    groupsFound += 1;
    const lines = findAll(section.element, selectors.statementLines);
    lines.forEach((line) => readLines.add(line));
    const reading = readPermissionProse(group, lines.map(normalizedText));
    if (lines.length === 0 || reading.unread.length > 0) return undefined;
    Object.assign(levels, reading.levels);
  }
  const strays = findAll(root, selectors.statementLines).filter((line) => /\baccess to\b/i.test(normalizedText(line)) && !readLines.has(line));
  return groupsFound > 0 && strays.length === 0 ? levels : undefined;
}

/** The statement around the page's own title (the token's name). */
export function readStatement(document: Document): TokenStatement {
  const root = find(document, selectors.settingsMain) ?? document.body;
  const heading = find(root, selectors.pageHeading);
  const text = normalizedText(root);
  const all = sections(root);
  const repositories = readRepositories(all);
  return {
    name: heading ? normalizedText(heading) || undefined : undefined,
    owner: readOwner(text),
    repositoryAccess: repositories.access,
    repositories: repositories.names,
    permissions: readPermissions(root, all),
    createdOn: readCreated(text),
    expiresOn: readExpiry(text),
  };
}
