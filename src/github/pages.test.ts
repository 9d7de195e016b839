import { describe, expect, it } from 'vitest';
import { detectorTestUrls, isClassicNewTokenUrl, isClassicTokenListUrl, isGuidedUrl, isNewTokenUrl, isSudoUrl, isTokenListUrl } from './pages.ts';

const detectors = { isNewTokenUrl, isTokenListUrl, isSudoUrl, isClassicNewTokenUrl, isClassicTokenListUrl };

describe('page detectors', () => {
  for (const [name, detector] of Object.entries(detectors)) {
    it(`${name} accepts its own URLs and rejects every other detector's`, () => {
      for (const [owner, urls] of Object.entries(detectorTestUrls)) {
        for (const url of urls) expect([url, detector(url)]).toEqual([url, owner === name]);
      }
    });
  }
});

describe('pages PAT Pilot guides', () => {
  it('are exactly the token pages and the sudo page: the guide is loaded there and nowhere else', () => {
    for (const [owner, urls] of Object.entries(detectorTestUrls)) {
      for (const url of urls) expect([url, isGuidedUrl(url)]).toEqual([url, owner !== 'none']);
    }
  });
});
