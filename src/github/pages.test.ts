import { describe, expect, it } from 'vitest';
import { detectorTestUrls, isClassicNewTokenUrl, isClassicTokenListUrl, isGuidedUrl, isNewTokenUrl, isSudoUrl, isTokenListUrl, returnsToTokenPages } from './pages.ts';

const detectors = { isNewTokenUrl, isTokenListUrl, isSudoUrl, isClassicNewTokenUrl, isClassicTokenListUrl };
const everyUrl = Object.entries(detectorTestUrls).flatMap(([site, owners]) =>
  Object.entries<readonly string[]>(owners).flatMap(([owner, urls]) => urls.map((url) => ({ site, owner, url }))));

describe('page detectors', () => {
  for (const site of Object.keys(detectorTestUrls)) {
    for (const [name, detector] of Object.entries(detectors)) {
      it(`${name} on ${site} accepts its own URLs there and rejects every other detector's and every other GitHub's`, () => {
        for (const url of everyUrl) expect([url, detector(url.url, site)]).toEqual([url, url.site === site && url.owner === name]);
      });
    }
  }
});

describe('pages PAT Pilot guides', () => {
  it('are exactly the token pages and the sudo page of the GitHub the script runs on: the guide is loaded there and nowhere else', () => {
    for (const site of Object.keys(detectorTestUrls)) {
      for (const url of everyUrl) expect([site, url, isGuidedUrl(url.url, site)]).toEqual([site, url, url.site === site && url.owner !== 'none']);
    }
  });
});

describe('the "Confirm access" page\'s return', () => {
  it('leads to the token pages only on the same GitHub', () => {
    const sudo = 'https://github.example.com/sessions/sudo';
    const cases = {
      '/settings/personal-access-tokens/new': true,
      '/settings/personal-access-tokens': true,
      'https://github.example.com/settings/personal-access-tokens/new?name=x': true,
      '/settings/personal-access-tokens-other': false,
      '/settings/profile?next=/settings/personal-access-tokens': false,
      'https://github.com/settings/personal-access-tokens/new': false,
      '//evil.example/settings/personal-access-tokens/new': false,
      '': false,
    };
    expect(Object.fromEntries(Object.keys(cases).map((returnTo) => [returnTo, returnsToTokenPages(returnTo, sudo)]))).toEqual(cases);
  });
});
