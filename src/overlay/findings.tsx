// Dangers are announced at once (role="alert") and can be put back to the recipe in one click;
// warnings are listed quietly below them.
import type { Finding } from '../guide/compliance.ts';
import { words } from '../model/i18n.ts';

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
            {words('findings_putBack')}
          </button>
        </div>
      ))}
      {warnings.length > 0 && (
        <div class="finding finding-warning" data-testid="warnings">
          <strong class="finding-title">{words('findings_differs')}</strong>
          <ul>
            {warnings.map((finding) => (
              <li key={finding.id} data-finding={finding.id}>
                {words('findings_titleAndDetail', finding.title, finding.detail)}
              </li>
            ))}
          </ul>
          <button type="button" class="btn" disabled={busy} onClick={() => fix(warnings)}>
            {words('findings_putTheseBack')}
          </button>
        </div>
      )}
    </>
  );
}
