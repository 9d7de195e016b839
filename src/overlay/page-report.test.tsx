// @vitest-environment happy-dom
// "Save a page report" in a panel's frame: the preview's words all come from the messages, focus
// goes to the preview and back to the menu's button, and Cancel lets the file go.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { browserIn } from '../../test/locale-messages.ts';
import { pseudoLocale, unwrappedWords } from '../../test/pseudo-locale.ts';
import { useMessageSource, words } from '../model/i18n.ts';
import { PreparePageReport, type PageReportPreview } from './page-report.tsx';
import { Panel } from './panel.tsx';

beforeAll(() => useMessageSource(pseudoLocale()));
afterAll(() => useMessageSource(browserIn('en-US', 'en')));

it('previews the report in the messages\' words, with focus on it, and Cancel discards the file and returns focus', async () => {
  const discard = vi.fn();
  const preview: PageReportPreview = {
    fileName: 'token-page-2026-12-08-page-report.html', url: 'blob:https://github.com/1', path: '/settings/personal-access-tokens/1', states: ['token-page'],
    matched: 14, entries: 66, readers: [words('pageReport_tokenRows', 0)], kilobytes: 9, reportText: '{"format":1}', discard,
  };
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<PreparePageReport.Provider value={() => preview}><Panel subtitle={words('overview')} close={() => undefined}><p>{words('fillAll')}</p></Panel></PreparePageReport.Provider>, root));
  await act(() => root.querySelector<HTMLButtonElement>('[data-testid="page-report-open"]')!.click());

  const section = root.querySelector('[data-testid="page-report"]')!;
  expect(document.activeElement?.id).toBe('page-report-title');
  const exempt = [preview.fileName, preview.path, preview.reportText, 'token-page', '“signed-in-user”', '“a-member-1”', '“a-member-2”', 'signed-in-user', 'a-member-1', 'a-member-2'];
  const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
  const unwrapped: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (unwrappedWords(node.textContent ?? '', exempt)) unwrapped.push(node.textContent ?? '');
  expect(unwrapped).toEqual([]);
  expect(section.querySelector('a[download]')?.getAttribute('href')).toBe(preview.url);

  await act(() => [...section.querySelectorAll('button')].at(-1)!.click());
  expect(discard).toHaveBeenCalledOnce();
  expect(root.querySelector('[data-testid="page-report"]')).toBeNull();
  expect(document.activeElement?.getAttribute('data-testid')).toBe('page-report-open');
  render(null, root);
});
