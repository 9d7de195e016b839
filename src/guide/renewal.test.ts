import { describe, expect, it } from 'vitest';
import { alta3EnchiladaRecipe } from '../recipe/builtin/alta3-enchilada.ts';
import { daysUntil, expiryStatus, fittingRecipe, statedName } from './renewal.ts';

const now = new Date(2027, 1, 18, 23, 30);

describe('renewal', () => {
  it('words the time left from the clock it is given, in calendar days', () => {
    expect(expiryStatus('2027-03-02', now)).toEqual({ words: 'expires in 12 days', renewalDue: true });
    expect(expiryStatus('2027-02-19', now)).toEqual({ words: 'expires tomorrow', renewalDue: true });
    expect(expiryStatus('2027-02-18', now)).toEqual({ words: 'expires today', renewalDue: true });
    expect(expiryStatus('2027-02-17', now)).toEqual({ words: 'expired', renewalDue: true });
    expect(expiryStatus('never', now)).toEqual({ words: 'never expires', renewalDue: false });
  });

  it('offers the next token from 14 days before the end, not earlier', () => {
    expect(expiryStatus('2027-03-04', now).renewalDue).toBe(true);
    expect(expiryStatus('2027-03-05', now)).toEqual({ words: 'expires in 15 days', renewalDue: false });
  });

  it('counts across a daylight-saving change and a year end', () => {
    expect(daysUntil('2027-04-01', new Date(2027, 2, 1))).toBe(31);
    expect(daysUntil('2028-01-01', new Date(2027, 11, 31, 23, 59))).toBe(1);
  });

  it('finds the recipe a token\'s name was made from, in the order given', () => {
    const labs = { ...alta3EnchiladaRecipe, id: 'labs', name: 'labs-{date}' };
    const copy = { ...alta3EnchiladaRecipe, id: 'copy' };
    expect(fittingRecipe('enchilada-install-2026-11-24', [labs, alta3EnchiladaRecipe, copy])).toEqual({ recipe: alta3EnchiladaRecipe, date: '2026-11-24' });
    expect(fittingRecipe('labs-2026-11-24', [labs, alta3EnchiladaRecipe])?.recipe.id).toBe('labs');
    expect(fittingRecipe('laptop-git', [labs, alta3EnchiladaRecipe])).toBeUndefined();
  });
});

describe('the token\'s name on a page', () => {
  it('takes the labelled name, else only a title a recipe\'s name fits', () => {
    const recipes = [alta3EnchiladaRecipe];
    expect(statedName({ name: 'ci-deploy', titles: ['enchilada-install-2026-11-30'] }, recipes)).toBe('ci-deploy');
    expect(statedName({ name: undefined, titles: ['enchilada-install-2026-11-30', 'Pending requests'] }, recipes)).toBe('enchilada-install-2026-11-30');
    // issue 21 §3: a request page's heading is never its token's name by itself.
    expect(statedName({ name: undefined, titles: ['Review request'] }, recipes)).toBeUndefined();
    expect(statedName({ name: undefined, titles: ['Regenerate fine-grained personal access token'] }, recipes)).toBeUndefined();
    // Two titles a recipe fits: which one is the name is not said.
    expect(statedName({ name: undefined, titles: ['enchilada-install-2026-11-30', 'enchilada-install-2026-12-01'] }, recipes)).toBeUndefined();
  });
});
