// The extension's own pages say which language they are in and carry a title in it; their HTML
// is written once, in no language.
import { uiLocale, words, type MessageKey } from '../model/i18n.ts';

export function localizePage(document: Document, title: MessageKey): void {
  document.documentElement.lang = uiLocale();
  document.title = words(title);
}
