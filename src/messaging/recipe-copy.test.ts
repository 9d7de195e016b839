import { describe, expect, it } from 'vitest';
import { alta3EnchiladaRecipe } from '../recipe/builtin/alta3-enchilada.ts';
import { answerMatchesCopy, readRecipeCopy, recipeCopyOf } from './recipe-copy.ts';

const active = { recipe: alta3EnchiladaRecipe, problem: undefined };

describe('the guide\'s copy of the active recipe', () => {
  it('reads back what the background wrote, and it matches the background\'s answer', () => {
    const copy = readRecipeCopy(recipeCopyOf(active));
    expect(copy).toEqual(active);
    expect(answerMatchesCopy(active, copy!)).toBe(true);
  });

  it('is no copy when none is stored or it is not the background\'s text', () => {
    for (const stored of [undefined, 42, '', 'not json', 'null', '{}', JSON.stringify({ problem: 'x' })]) expect(readRecipeCopy(stored)).toBeUndefined();
  });

  it('does not match an answer with another recipe, another version of it or another problem', () => {
    const copy = readRecipeCopy(recipeCopyOf(active))!;
    expect(answerMatchesCopy({ ...active, recipe: { ...alta3EnchiladaRecipe, label: 'Changed' } }, copy)).toBe(false);
    expect(answerMatchesCopy({ ...active, recipe: { ...alta3EnchiladaRecipe, id: 'other' } }, copy)).toBe(false);
    expect(answerMatchesCopy({ ...active, problem: 'The chosen recipe is gone' }, copy)).toBe(false);
  });
});
