import { describe, expect, it } from 'vitest';
import { characterCount, expandTemplate, localDate, unknownPlaceholders } from './expand.ts';

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
    expect('🌮🌮'.length).toBe(4);
  });
});
