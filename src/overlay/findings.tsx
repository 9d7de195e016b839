// Dangers are announced at once (role="alert") and can be put back to the recipe in one click;
// warnings are listed quietly below them.
import type { Finding } from '../guide/compliance.ts';

interface Props<S extends string> {
  readonly findings: readonly Finding<S>[];
  readonly fix: (findings: readonly Finding<S>[]) => void;
  readonly busy: boolean;
}

export function Findings<S extends string>({ findings, fix, busy }: Props<S>) {
  const dangers = findings.filter((finding) => finding.severity === 'danger');
  const warnings = findings.filter((finding) => finding.severity === 'warning');
  return (
    <>
      {dangers.map((finding) => (
        <div key={finding.id} class="finding finding-danger" role="alert" data-finding={finding.id}>
          <strong class="finding-title">{finding.title}</strong>
          <p>{finding.detail}</p>
          <button type="button" class="btn btn-danger" disabled={busy} onClick={() => fix([finding])}>
            Put it back to the recipe
          </button>
        </div>
      ))}
      {warnings.length > 0 && (
        <div class="finding finding-warning" data-testid="warnings">
          <strong class="finding-title">Differs from the recipe</strong>
          <ul>
            {warnings.map((finding) => (
              <li key={finding.id} data-finding={finding.id}>
                {finding.title}. {finding.detail}
              </li>
            ))}
          </ul>
          <button type="button" class="btn" disabled={busy} onClick={() => fix(warnings)}>
            Put these back to the recipe
          </button>
        </div>
      )}
    </>
  );
}
