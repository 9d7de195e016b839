// The content script's half of "Save a page report": the report on this page (src/github/page-report.ts),
// summed up for the preview, and its file as a blob: URL of the page's own for a download link.
import { pageReport, type Read } from '../github/page-report.ts';
import { words } from '../model/i18n.ts';
import type { PageReportPreview } from '../overlay/page-report.tsx';

/** The names of the parts a reader read: those with a value. */
function partsRead(reading: Read<object>): string {
  if ('error' in reading) return words('pageReport_nothing');
  const parts = Object.entries(reading).filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)).map(([part]) => part);
  return parts.length > 0 ? parts.join(', ') : words('pageReport_nothing');
}

const rowCount = (rows: Read<readonly unknown[]>): number => (Array.isArray(rows) ? rows.length : 0);

export function preparePageReport(document: Document, now: Date): PageReportPreview {
  const { report, html } = pageReport(document);
  const { readers, matches } = report.reading;
  const file = new Blob([html], { type: 'text/html' });
  const url = URL.createObjectURL(file);
  const requestPage = 'error' in readers.requestPage ? readers.requestPage : readers.requestPage.statement;
  return {
    // Named like `npm run capture`'s files, so the conformance suite takes it as the state it shows.
    fileName: `${report.states[0] ?? 'page'}-${now.toISOString().slice(0, 10)}-page-report.html`,
    url,
    path: report.path,
    states: report.states,
    matched: Object.values(matches).filter((match) => match !== null).length,
    entries: Object.keys(matches).length,
    readers: [
      words('pageReport_tokenRows', rowCount(readers.tokenList)),
      words('pageReport_requestRows', 'error' in readers.requestList ? 0 : readers.requestList.rows.length),
      words('pageReport_statement', partsRead(requestPage)),
      words('pageReport_form', partsRead(readers.form)),
    ],
    kilobytes: Math.ceil(file.size / 1024),
    reportText: JSON.stringify(report, null, 1),
    discard: () => URL.revokeObjectURL(url),
  };
}
