// PAT Pilot's own words in the person's language. Every text the overlay, the popup and the
// options page show comes from public/_locales/<language>/messages.json through the browser's
// i18n API (the content script reaches it natively, without the polyfill); plurals, numbers and
// dates go through Intl. GitHub's own words stay as GitHub writes them (see github-texts.ts).
import type english from '../../public/_locales/en/messages.json';

export type MessageKey = Exclude<keyof typeof english, `${string}_one` | `${string}_other`>;
/** A message with one form per plural category: key_one, key_other (and few, many… where a language has them). */
export type PluralKey = keyof typeof english extends infer Key ? (Key extends `${infer Base}_other` ? Base : never) : never;

/** What PAT Pilot needs of the browser's i18n API; unit tests hand in messages.json files instead. */
export interface MessageSource {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

type WithI18n = { readonly i18n?: MessageSource } | undefined;
const scope = globalThis as unknown as { readonly browser?: WithI18n; readonly chrome?: WithI18n };

let override: MessageSource | undefined;
/** The locale once known (see uiLocale). */
let locale: string | undefined;

/** Unit tests only: messages from a messages.json (English by default, a pseudo-locale, German). */
export function useMessageSource(source: MessageSource | undefined): void {
  override = source;
  formatters.clear();
  messages.clear();
  locale = undefined;
}

function source(): MessageSource | undefined {
  return override ?? scope.browser?.i18n ?? scope.chrome?.i18n;
}

type Substitution = string | number;

// The guide redraws on every change of the form, and each call into the browser's i18n API
// crosses into the browser; a page's language never changes, so each text is asked for once.
const messages = new Map<string, string>();
/** Counts and names make new texts; a long session keeps at most this many. */
const maxKeptMessages = 1000;

function lookup(key: string, substitutions: readonly Substitution[]): string {
  const id = [key, ...substitutions].join('\u0000');
  const known = messages.get(id);
  if (known !== undefined) return known;
  const message = source()?.getMessage(key, substitutions.map(String)) ?? '';
  // Without the API (the extension went away) nothing is kept: the words are asked for again.
  if (!source()) return message;
  if (messages.size >= maxKeptMessages) messages.clear();
  messages.set(id, message);
  return message;
}

/** The message in the person's language, its placeholders filled in order ($1, $2… in messages.json). */
export function words(key: MessageKey, ...substitutions: Substitution[]): string {
  return lookup(key, substitutions) || key;
}

/** A record of messages by name, each looked up when read (so a test's or the browser's language at that time). */
export function wordsRecord<K extends string>(keys: Readonly<Record<K, MessageKey>>): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const [name, key] of Object.entries(keys) as [K, MessageKey][]) {
    Object.defineProperty(record, name, { enumerable: true, get: () => words(key) });
  }
  return record;
}

/** The language of the messages shown (the browser falls back to English for a language PAT Pilot lacks). */
const messagesLanguage = (): string => lookup('language', []) || 'en';

/**
 * The locale for numbers, dates and plurals: the browser's own (de-AT, en-GB) when its messages are
 * the ones shown, else the messages' language, so a date never reads in another language than the words.
 */
export function uiLocale(): string {
  if (locale) return locale;
  const language = messagesLanguage();
  const browserLanguage = source()?.getUILanguage() ?? language;
  const chosen = browserLanguage.split(/[-_]/)[0]?.toLowerCase() === language ? browserLanguage.replace('_', '-') : language;
  if (source()) locale = chosen;
  return chosen;
}

// Intl builds are slow enough to show on every render; one of each per locale and options.
const formatters = new Map<string, Intl.PluralRules | Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function formatter<T extends Intl.PluralRules | Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(kind: string, options: object, make: (locale: string) => T): T {
  const locale = uiLocale();
  const id = `${kind}|${locale}|${JSON.stringify(options)}`;
  const cached = formatters.get(id) ?? make(locale);
  formatters.set(id, cached);
  return cached as T;
}

export const formatNumber = (value: number): string =>
  formatter('number', {}, (locale) => new Intl.NumberFormat(locale)).format(value);

/** "1 step needs you" / "2 steps need you": the count is the first placeholder. */
export function pluralWords(key: PluralKey, count: number, ...substitutions: Substitution[]): string {
  const category = formatter('plural', {}, (locale) => new Intl.PluralRules(locale)).select(count);
  const all = [formatNumber(count), ...substitutions];
  return lookup(`${key}_${category}`, all) || lookup(`${key}_other`, all) || key;
}

/** "Feb 22, 2027" in English, "22. Feb. 2027" in German: a calendar day as the person's language writes it. */
export const formatDate = (date: Date): string =>
  formatter('date', {}, (locale) => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric' })).format(date);

/** "Contents and Metadata", "Contents und Metadata"; as a disjunction "Read-only or Read and write". */
export const formatList = (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string =>
  formatter('list', { type }, (locale) => new Intl.ListFormat(locale, { type })).format(items);
