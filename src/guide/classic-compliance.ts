// What in the classic form breaks the recipe, and how badly. A classic token reaches every
// repository the person can, so any scope beyond the recipe is a danger; the form's effective
// scopes (each ticked one and all it contains) are compared with the recipe's.
import { classicScopeInfo, descendantsOf, effectiveScopes } from '../model/classic-scopes.ts';
import type { ClassicSnapshot } from '../model/classic-snapshot.ts';
import { formatList, pluralWords, words } from '../model/i18n.ts';
import type { ClassicStepId } from './classic-steps.ts';
import { scopeDifference, type ClassicTarget } from './classic-target.ts';
import { bySeverity, expirationFindings, textFinding, type Finding } from './compliance.ts';

export type ClassicFinding = Finding<ClassicStepId>;

const asked = (target: ClassicTarget): string => (target.scopes.length ? words('classic_askedOnly', target.scopes.join(', ')) : words('classic_askedNone'));

function scopeFindings(target: ClassicTarget, snapshot: ClassicSnapshot): ClassicFinding[] {
  if (snapshot.scopes === undefined) {
    return [{ id: 'scopes:unreadable', severity: 'unfinished', step: 'scopes', title: words('classic_finding_scopesUnreadable'), detail: words('classic_finding_scopesUnreadable_detail') }];
  }
  const { extra, missing } = scopeDifference(target, snapshot.scopes);
  const held = new Set(effectiveScopes(snapshot.scopes));
  return [
    ...extra.map((scope): ClassicFinding => {
      const children = descendantsOf(scope);
      return {
        id: `scope:extra:${scope}`, severity: 'danger', step: 'scopes', title: words('classic_finding_extraScope', scope),
        detail: words(children.length ? 'classic_finding_extraScopeWith_detail' : 'classic_finding_extraScope_detail', classicScopeInfo(scope)?.description ?? scope, asked(target), formatList(children)),
      };
    }),
    ...missing.map((scope): ClassicFinding => {
      const part = descendantsOf(scope).filter((child) => held.has(child));
      return {
        id: `scope:missing:${scope}`, severity: 'unfinished', step: 'scopes', title: words('classic_finding_missingScope', scope),
        detail: part.length
          ? pluralWords('classic_finding_partOfScope', part.length, formatList(part), scope)
          : words('classic_finding_missingScope_detail', scope, classicScopeInfo(scope)?.description ?? scope),
      };
    }),
  ];
}

export const checkClassicCompliance = (target: ClassicTarget, snapshot: ClassicSnapshot): ClassicFinding[] =>
  bySeverity<ClassicStepId>([
    ...textFinding('note', ['classic_finding_noteEmpty', 'classic_finding_noteDiffers'], snapshot.note, target.note),
    ...expirationFindings(target, snapshot.expiration),
    ...scopeFindings(target, snapshot),
  ]);
