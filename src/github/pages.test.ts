import { describe, expect, it } from 'vitest';
import {
  detectorTestUrls, isNewTokenUrl, isRegenerateUrl, isRequestListUrl, isRequestPageUrl, isSudoUrl, isTokenListUrl, isTokenPageUrl,
  requestOrganization,
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

describe('the organization of a request page', () => {
  it('comes from the URL of the list and of a request', () => {
    expect(requestOrganization('https://github.com/organizations/alta3-training/settings/personal-access-token-requests')).toBe('alta3-training');
    expect(requestOrganization('https://github.com/organizations/alta3/settings/personal-access-token-requests/42')).toBe('alta3');
    expect(requestOrganization('https://github.com/settings/personal-access-tokens/42')).toBeUndefined();
  });
});
