import { describe, expect, it } from 'vitest';
import { characterCount, expandTemplate, localDate, matchTemplate, unknownPlaceholders } from './expand.ts';

describe('templates', () => {
  it('fills {date} with the local calendar date, zero-padded', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(expandTemplate('enchilada-install-{date}', new Date(2026, 10, 24))).toBe('enchilada-install-2026-11-24');
  });

  it('leaves text without placeholders alone and lists unknown ones', () => {
    expect(expandTemplate('plain', new Date())).toBe('plain');
    expect(unknownPlaceholders('a-{date}-{user}-{}')).toEqual(['user', '']);
  });

  it('fills every {date} and leaves an unknown placeholder as written', () => {
    expect(expandTemplate('{date}/{date}-{today}', new Date(2026, 1, 3))).toBe('2026-02-03/2026-02-03-{today}');
  });

  it('counts characters as GitHub does, not UTF-16 units', () => {
    expect(characterCount('🌮🌮')).toBe(2);
    expect(characterCount('a🌮é-')).toBe(4);
  });
});

describe('which names a template makes', () => {
  it('fits names made from the template and gives their date', () => {
    expect(matchTemplate('enchilada-install-{date}', 'enchilada-install-2026-11-24')).toEqual({ date: '2026-11-24' });
    expect(matchTemplate('labs (readonly)', 'labs (readonly)')).toEqual({ date: undefined });
  });

  it('refuses other names, impossible dates and a template\'s two dates that differ', () => {
    expect(matchTemplate('enchilada-install-{date}', 'enchilada-install-2026-11-24-2')).toBeUndefined();
    expect(matchTemplate('enchilada-install-{date}', 'Enchilada-install-2026-11-24')).toBeUndefined();
    expect(matchTemplate('enchilada-install-{date}', 'enchilada-install-2026-02-30')).toBeUndefined();
    expect(matchTemplate('{date}.{date}', '2026-01-01.2026-01-02')).toBeUndefined();
    expect(matchTemplate('a.b-{date}', 'aXb-2026-01-01')).toBeUndefined();
  });

  it('fits every name the template expands to', () => {
    const day = new Date(2027, 2, 2);
    expect(matchTemplate('x{date}y{date}', expandTemplate('x{date}y{date}', day))).toEqual({ date: '2027-03-02' });
  });
});
