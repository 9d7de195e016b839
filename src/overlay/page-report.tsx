// "Save a page report" (issue 21 §3): the person sees what the report holds, then saves it through a
// download link of the page's own (a blob: URL the content script made; no request, no permission)
// or cancels. The content script hands in how to prepare one; every panel's frame offers it, and
// a step handed to the person or a part that could not be read offers it beside itself.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { words } from '../model/i18n.ts';

/** A page report made ready for saving; discard() lets its file go. */
export interface PageReportPreview {
  readonly fileName: string;
  readonly url: string;
  readonly path: string;
  readonly states: readonly string[];
  readonly matched: number;
  readonly entries: number;
  /** Each reader's name and what it read, in short. */
  readonly readers: readonly string[];
  readonly kilobytes: number;
  /** The report as the file holds it beside the sanitized page. */
  readonly reportText: string;
  readonly discard: () => void;
}

/** Provided by the content script at the overlay's root: no report where it is not given. */
export const PreparePageReport = createContext<(() => PageReportPreview) | undefined>(undefined);
/** Provided by a panel's frame: opens its preview. */
const OpenPageReport = createContext<(() => void) | undefined>(undefined);

/** A smaller offer beside a step handed to the person or a part that could not be read. */
export function PageReportOffer() {
  const open = useContext(OpenPageReport);
  return open ? <button type="button" class="btn-link small" data-page-report-offer onClick={open}>{words('pageReport_offer')}</button> : null;
}

function Preview({ preview, done }: { preview: PageReportPreview; done: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="panel-body page-report" aria-labelledby="page-report-title" data-testid="page-report">
      <h2 id="page-report-title" class="section-title" tabIndex={-1} ref={heading}>{words('pageReport_title')}</h2>
      <p>{words('pageReport_intro')}</p>
      <ul data-testid="page-report-summary">
        <li>{words('pageReport_page', preview.path, preview.states.join(', ') || '–')}</li>
        <li>{words('pageReport_matched', preview.matched, preview.entries)}</li>
        {preview.readers.map((reader) => <li key={reader}>{reader}</li>)}
        <li>{words('pageReport_removed')}</li>
        <li>{words('pageReport_size', preview.fileName, preview.kilobytes)}</li>
      </ul>
      <details>
        <summary>{words('pageReport_showReport')}</summary>
        <pre class="small page-report-text">{preview.reportText}</pre>
      </details>
      <p class="muted small">{words('pageReport_send')}</p>
      <div class="fill-row">
        <a class="btn btn-primary" href={preview.url} download={preview.fileName} onClick={done}>{words('pageReport_save')}</a>
        <button type="button" class="btn" onClick={() => { preview.discard(); done(); }}>{words('pageReport_cancel')}</button>
      </div>
    </section>
  );
}

/**
 * The panel's content, or the report's preview in its place. The file stays until the panel goes
 * (revoking it while the browser still saves it could lose it).
 */
export function PageReportFrame({ children }: { children: ComponentChildren }) {
  const prepare = useContext(PreparePageReport);
  const [preview, setPreview] = useState<PageReportPreview>();
  const menuButton = useRef<HTMLButtonElement>(null);
  const saved = useRef<PageReportPreview[]>([]);
  useEffect(() => () => saved.current.forEach((kept) => kept.discard()), []);
  // Back from the preview, focus returns to the menu's button.
  useEffect(() => {
    if (!preview && saved.current.length > 0) menuButton.current?.focus();
  }, [preview]);
  if (!prepare) return <>{children}</>;
  const open = (): void => {
    const prepared = prepare();
    saved.current.push(prepared);
    setPreview(prepared);
  };
  const done = (): void => setPreview(undefined);
  if (preview) return <Preview preview={preview} done={done} />;
  return (
    <OpenPageReport.Provider value={open}>
      {children}
      <div class="panel-menu">
        <button type="button" class="btn-link small" ref={menuButton} data-testid="page-report-open" onClick={open}>{words('pageReport_open')}</button>
      </div>
    </OpenPageReport.Provider>
  );
}
