import { describe, expect, it } from 'vitest';
import { readCreated, readExpiry } from './dates.ts';

describe('dates on the pages around a token', () => {
  it('reads the expiry and creation in GitHub\'s wording', () => {
    expect(readExpiry('Expires on Tue, Mar 2 2027. · Never used')).toBe('2027-03-02');
    expect(readExpiry('Expired on Sun, Nov 1 2026.')).toBe('2026-11-01');
    expect(readExpiry('Expires on Mar 2, 2027')).toBe('2027-03-02');
    expect(readExpiry('This token has no expiration date.')).toBe('never');
    expect(readCreated('Created on Wed, Sep 16 2026. Expires on Tue, Dec 15 2026.')).toBe('2026-09-16');
  });

  it('leaves unread what it cannot be sure of', () => {
    // The weekday disagrees with the date (Mar 2 2027 is a Tuesday).
    expect(readExpiry('Expires on Mon, Mar 2 2027.')).toBeUndefined();
    expect(readExpiry('Expires on Feb 30, 2027')).toBeUndefined();
    expect(readExpiry('Expires 03/02/27')).toBeUndefined();
    expect(readExpiry('Expires on Tue, Mar 2 2027. Expires on Wed, Mar 3 2027.')).toBeUndefined();
    expect(readExpiry('Expires on Tue, Mar 2 2027. No expiration')).toBeUndefined();
    expect(readExpiry('Never used')).toBeUndefined();
    expect(readCreated('Expires on Tue, Mar 2 2027.')).toBeUndefined();
  });
});
