// The overlay lives in its own shadow root on an element of ours, so GitHub's styles and ours
// never meet and GitHub's nodes are never moved. The host hangs off <html>, not <body>, because
// Turbo navigation swaps <body>.
import { render, type ComponentChild } from 'preact';
import { uiLocale } from '../model/i18n.ts';
import { Overlay } from './app.tsx';
import { PreparePageReport, type PageReportPreview } from './page-report.tsx';
import styles from './styles.css?inline';
import type { Screen } from './view.ts';

export const overlayHostTag = 'pat-pilot-overlay';

export type Theme = 'light' | 'dark';

export interface MountedOverlay {
  readonly host: HTMLElement;
  update<S extends string>(screen: Screen<S>, theme: Theme): void;
  remove(): void;
}

/** How the content script prepares a page report of this page; without it, no panel offers one. */
export type PrepareReport = () => PageReportPreview;

/** One host of ours per tag: a newer one replaces a stale one. lang: the language of PAT Pilot's words. */
export interface ShadowHost {
  readonly host: HTMLElement;
  draw(content: ComponentChild, theme: Theme): void;
  remove(): void;
}

export function mountShadowHost(document: Document, tag: string, lang: string = uiLocale(), prepareReport?: PrepareReport): ShadowHost {
  document.querySelectorAll(tag).forEach((stale) => stale.remove());
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = styles;
  const root = document.createElement('div');
  root.className = 'root';
  // Screen readers read PAT Pilot's words in their language; GitHub's page says it is English.
  root.lang = lang;
  shadow.append(style, root);
  document.documentElement.append(host);
  return {
    host,
    draw(content, theme) {
      root.dataset.theme = theme;
      render(<PreparePageReport.Provider value={prepareReport}>{content}</PreparePageReport.Provider>, root);
    },
    remove() {
      render(null, root);
      host.remove();
    },
  };
}

/** lang: given when the browser's i18n API may be gone (see ReloadedView). */
export function mountOverlay(document: Document, lang: string = uiLocale(), prepareReport?: PrepareReport): MountedOverlay {
  const shadow = mountShadowHost(document, overlayHostTag, lang, prepareReport);
  return {
    host: shadow.host,
    update: (screen, theme) => shadow.draw(<Overlay screen={screen} />, theme),
    remove: shadow.remove,
  };
}
