// GitHub's prose about a token's permissions, as its own page and an approval request state them
// ("Read access to code and metadata", "Read and Write access to issues and pull requests"), read
// back into levels. A line in another shape, a name PAT Pilot does not know or a level the
// permission cannot have is reported as unread, never guessed. Shapes (live-page-2026 §3 [T
// terrylica, live 2026-06; user notes]): "Read and Write" or "Read and write", a suffix "for all
// current and future repositories owned by this organization", and "This token does not have any
// repository permissions." for a group without any.
import { permissionCatalog, type GrantLevel, type PermissionGroup } from './permission-catalog.ts';

export interface ProseReading {
  /** Granted permissions: key → level. */
  readonly levels: Readonly<Record<string, GrantLevel>>;
  /** The lines or names that could not be read with confidence. */
  readonly unread: readonly string[];
  /** A line said it grants its access "for all current and future repositories owned by this organization". */
  readonly forAllRepositories: boolean;
}

const linePattern = /^(read and write|write|read|admin) access to (.+?)\.?$/i;
const allRepositoriesSuffix = /\s+for all current and future repositories owned by this organization\.?$/i;
const noneLine = /^This token does not have any (repository|account|user|organization) permissions\.?$/i;
const noneGroups: Readonly<Record<string, PermissionGroup>> = { repository: 'repository', account: 'account', user: 'account', organization: 'organization' };
const levelWords: Readonly<Record<string, GrantLevel>> = { 'read and write': 'write', write: 'write', read: 'read', admin: 'admin' };

/** "a, b, and c", "a, b and c", "a and b". No prose name contains "and" (the catalog test checks uniqueness). */
const splitNames = (list: string): string[] => list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((name) => name.trim().toLowerCase());

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Reads the lines under one heading ("Repository permissions", …) of a token's page. */
export function readPermissionProse(group: PermissionGroup, lines: readonly string[]): ProseReading {
  const byProse = new Map(permissionCatalog.filter((info) => info.group === group).map((info) => [info.prose, info]));
  const levels: Record<string, GrantLevel> = {};
  const unread: string[] = [];
  let forAllRepositories = false;
  for (const raw of lines) {
    const stated = squeeze(raw);
    const none = noneLine.exec(stated)?.[1];
    // "No … permissions" under another group's heading contradicts it.
    if (none !== undefined) {
      if (noneGroups[none.toLowerCase()] !== group) unread.push(stated);
      continue;
    }
    const line = stated.replace(allRepositoriesSuffix, '');
    forAllRepositories ||= line !== stated;
    const match = linePattern.exec(line);
    const level = match && levelWords[(match[1] ?? '').toLowerCase()];
    if (!match || !level) {
      unread.push(line);
      continue;
    }
    for (const name of splitNames(match[2] ?? '')) {
      const info = byProse.get(name);
      const seen = info && levels[info.key];
      if (!info || !info.levels.includes(level) || (seen && seen !== level)) unread.push(name);
      else levels[info.key] = level;
    }
  }
  return { levels, unread, forAllRepositories };
}
