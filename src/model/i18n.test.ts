import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { browserIn, messageSource, readMessages } from '../../test/locale-messages.ts';
import { formatDate, formatList, pluralWords, uiLocale, useMessageSource, words } from './i18n.ts';

const english = readMessages('en');
const languages = readdirSync(new URL('../../public/_locales/', import.meta.url));
const placeholdersOf = (message: string): string[] => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();

describe('the messages files', () => {
  it.each(languages)('%s has every English message, and each placeholder stands for the same substitution as in English', (language) => {
    const messages = readMessages(language);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(messages)) {
      const englishPlaceholders = english[key]!.placeholders ?? {};
      for (const name of placeholdersOf(entry.message)) {
        expect(entry.placeholders?.[name]?.content, `${language} ${key} $${name}$`).toBe(englishPlaceholders[name]?.content);
      }
      // Every key Chrome accepts: ASCII letters, digits and underscores.
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    }
  });

  it('every English message is used by the source, and every plural has its "one" and "other" forms', () => {
    const source = [...readdirSync(new URL('../', import.meta.url), { recursive: true, encoding: 'utf8' })]
      .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path))
      .map((path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'))
      .join('\n');
    const plurals = new Set(Object.keys(english).filter((key) => /_(one|other)$/.test(key)).map((key) => key.replace(/_(one|other)$/, '')));
    for (const base of plurals) expect(Object.keys(english)).toEqual(expect.arrayContaining([`${base}_one`, `${base}_other`]));
    const unused = Object.keys(english).filter((key) => {
      const used = /_(one|other)$/.test(key) ? key.replace(/_(one|other)$/, '') : key;
      return !source.includes(`'${used}'`) && key !== 'extension_description';
    });
    expect(unused).toEqual([]);
  });
});

describe('German', () => {
  afterEach(() => useMessageSource(browserIn('en-US', 'en')));

  it('says how many steps need the person with the right plural', () => {
    useMessageSource(browserIn('de-DE', 'de'));
    expect(pluralWords('progress_handedOver', 1)).toBe('PAT Pilot hat ausgefüllt, was es konnte. 1 Schritt braucht dich.');
    expect(pluralWords('progress_handedOver', 2)).toBe('PAT Pilot hat ausgefüllt, was es konnte. 2 Schritte brauchen dich.');
    expect(pluralWords('facts_expiresAfter', 1)).toBe('nach 1 Tag');
    expect(pluralWords('facts_expiresAfter', 90)).toBe('nach 90 Tagen');
  });

  it('writes dates, numbers and lists the German way, in the browser\'s own variant of German', () => {
    useMessageSource(browserIn('de-DE', 'de'));
    expect(formatDate(new Date(2027, 1, 22))).toBe('22. Feb. 2027');
    expect(formatList(['Contents', 'Metadata'])).toBe('Contents und Metadata');
    expect(words('callout_count', 3, 10)).toBe('Schritt 3 von 10');
    useMessageSource(browserIn('de-AT', 'de'));
    expect(uiLocale()).toBe('de-AT');
    expect(formatDate(new Date(2027, 0, 22))).toBe('22. Jän. 2027');
  });
});

describe('a browser in a language PAT Pilot does not have', () => {
  afterEach(() => useMessageSource(browserIn('en-US', 'en')));

  it('shows English words with English dates, never a date in another language than the words', () => {
    useMessageSource(messageSource('fr-FR', readMessages('en')));
    expect(uiLocale()).toBe('en');
    expect(formatDate(new Date(2027, 1, 22))).toBe('Feb 22, 2027');
  });
});
