// Shown instead of submitting when the form breaks the recipe. "Generate anyway" stands the
// guard aside and hands the click back to the person: PAT Pilot never submits the form itself.
import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../guide/compliance.ts';
import { words, type MessageKey } from '../model/i18n.ts';

interface Props<S extends string> {
  readonly findings: readonly Finding<S>[];
  readonly stillFilling: string | undefined;
  readonly generateLabel: string;
  readonly choose: (choice: 'fix' | 'anyway' | 'cancel') => void;
}

const severityKeys: Record<Finding['severity'], MessageKey> = { danger: 'guard_severityDanger', warning: 'guard_severityWarning', unfinished: 'guard_severityUnfinished' };

export function GuardDialog<S extends string>({ findings, stillFilling, generateLabel, choose }: Props<S>) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.querySelector<HTMLButtonElement>('button')?.focus(), []);

  const keepFocusInside = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      choose('cancel');
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const buttons = [...dialog.current.querySelectorAll<HTMLButtonElement>('button')];
    const active = dialog.current.getRootNode() instanceof ShadowRoot ? (dialog.current.getRootNode() as ShadowRoot).activeElement : null;
    const index = buttons.indexOf(active as HTMLButtonElement);
    const nextIndex = event.shiftKey ? (index <= 0 ? buttons.length - 1 : index - 1) : (index + 1) % buttons.length;
    event.preventDefault();
    buttons[nextIndex]?.focus();
  };

  return (
    <div class="backdrop">
      <div
        ref={dialog}
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="pat-pilot-guard-title"
        aria-describedby="pat-pilot-guard-description"
        onKeyDown={keepFocusInside}
      >
        <h2 id="pat-pilot-guard-title">{words('guard_title')}</h2>
        <p id="pat-pilot-guard-description">
          {stillFilling ? words('guard_heldWhileFilling', stillFilling, generateLabel) : words('guard_held', generateLabel)}
        </p>
        <ul class="dialog-findings">
          {findings.map((finding) => (
            <li key={finding.id} class={`dialog-finding dialog-finding-${finding.severity}`}>
              <strong>{finding.title}</strong> <span class="muted">{words(severityKeys[finding.severity])}</span>
              <div>{finding.detail}</div>
            </li>
          ))}
        </ul>
        <div class="dialog-actions">
          <button type="button" class="btn btn-primary" onClick={() => choose('fix')}>{words('guard_fix')}</button>
          <button type="button" class="btn btn-danger" onClick={() => choose('anyway')}>{words('guard_anyway')}</button>
          <button type="button" class="btn" onClick={() => choose('cancel')}>{words('cancel')}</button>
        </div>
      </div>
    </div>
  );
}
