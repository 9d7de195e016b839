// What in the classic form breaks the recipe, and how badly. A classic token reaches every
// repository the person can, so any scope beyond the recipe is a danger; the form's effective
// scopes (each ticked one and all it contains) are compared with the recipe's.
import { classicScopeInfo, descendantsOf, effectiveScopes } from '../model/classic-scopes.ts';
import type { ClassicSnapshot } from '../model/classic-snapshot.ts';
import type { ClassicStepId } from './classic-steps.ts';
import { scopeDifference, type ClassicTarget } from './classic-target.ts';
import { bySeverity, expirationFindings, textFinding, type Finding } from './compliance.ts';

export type ClassicFinding = Finding<ClassicStepId>;

const asked = (target: ClassicTarget): string => (target.scopes.length ? `only ${target.scopes.join(', ')}` : 'no scope at all');

function scopeFindings(target: ClassicTarget, snapshot: ClassicSnapshot): ClassicFinding[] {
  if (snapshot.scopes === undefined) {
    return [{ id: 'scopes:unreadable', severity: 'unfinished', step: 'scopes', title: 'Scopes could not be read', detail: 'Check the ticked scopes by hand against the recipe.' }];
  }
  const { extra, missing } = scopeDifference(target, snapshot.scopes);
  const held = new Set(effectiveScopes(snapshot.scopes));
  return [
    ...extra.map((scope): ClassicFinding => {
      const children = descendantsOf(scope);
      return {
        id: `scope:extra:${scope}`, severity: 'danger', step: 'scopes', title: `Scope beyond the recipe: ${scope}`,
        detail: `${classicScopeInfo(scope)?.description ?? scope}${children.length ? ` (with ${children.join(', ')})` : ''}. A classic token reaches everything you can reach; the recipe asks for ${asked(target)}.`,
      };
    }),
    ...missing.map((scope): ClassicFinding => {
      const part = descendantsOf(scope).filter((child) => held.has(child));
      return {
        id: `scope:missing:${scope}`, severity: 'unfinished', step: 'scopes', title: `Scope not ticked: ${scope}`,
        detail: part.length
          ? `${part.join(', ')} alone ${part.length === 1 ? 'is' : 'are'} part of it; tick ${scope} itself, as the recipe asks.`
          : `The recipe asks for ${scope} (${classicScopeInfo(scope)?.description ?? scope}).`,
      };
    }),
  ];
}

export const checkClassicCompliance = (target: ClassicTarget, snapshot: ClassicSnapshot): ClassicFinding[] =>
  bySeverity<ClassicStepId>([
    ...textFinding('note', 'Note', snapshot.note, target.note),
    ...expirationFindings(target, snapshot.expiration),
    ...scopeFindings(target, snapshot),
  ]);
