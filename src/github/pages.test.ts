import { describe, expect, it } from 'vitest';
import {
  detectorTestUrls, isNewTokenUrl, isRegenerateUrl, isRequestListUrl, isRequestPageUrl, isSudoUrl, isTokenListUrl, isTokenPageUrl,
} from './pages.ts';

const detectors = { isNewTokenUrl, isTokenListUrl, isSudoUrl, isTokenPageUrl, isRegenerateUrl, isRequestListUrl, isRequestPageUrl };

describe('page detectors', () => {
  for (const [name, detector] of Object.entries(detectors)) {
    it(`${name} accepts its own URLs and rejects every other detector's`, () => {
      for (const [owner, urls] of Object.entries(detectorTestUrls)) {
        for (const url of urls) expect([url, detector(url)]).toEqual([url, owner === name]);
      }
    });
  }
});

