// The browser's i18n API for unit tests, over the extension's own messages.json files, with the
// browser's rules: named placeholders ($COUNT$) stand for $1…$9, "$$" is a dollar sign, and a key
// a language lacks falls back to English (default_locale).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageSource } from '../src/model/i18n.ts';

interface MessageEntry {
  readonly message: string;
  readonly description?: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}
export type Messages = Readonly<Record<string, MessageEntry>>;

export const readMessages = (language: string): Messages =>
  // A path, not a URL: happy-dom's URL replaces node's in DOM tests.
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'public', '_locales', language, 'messages.json'), 'utf8')) as Messages;

function fill(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
  const numbered = (content: string): string => content.replace(/\$(\d)/g, (_all, index: string) => substitutions[Number(index) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? whole : numbered(content);
    })
    .replace(/\$\$/g, '$');
}

/** What browser.i18n answers for a browser whose UI language is uiLanguage, with these messages. */
export function messageSource(uiLanguage: string, messages: Messages, fallback: Messages = readMessages('en')): MessageSource {
  return {
    getMessage: (key, substitutions = []) => {
      const entry = messages[key] ?? fallback[key];
      return entry ? fill(entry, typeof substitutions === 'string' ? [substitutions] : substitutions) : '';
    },
    getUILanguage: () => uiLanguage,
  };
}

/** The browser's view in one language: PAT Pilot's messages for it, or English for one it lacks. */
export const browserIn = (uiLanguage: string, messagesLanguage: string): MessageSource =>
  messageSource(uiLanguage, readMessages(messagesLanguage));
