import { describe, expect, it } from 'vitest';
import { outsideChoices, roundChoices, shownAtOnce } from './partner-options';

const actor = (id: string, name: string) => ({ id, name, kind: 'Organisation' as const });

describe('partners to choose from', () => {
  const actors = [actor('a', 'Zorgpunt Mariënstede'), actor('b', 'Buurtwerk Noord'), actor('c', 'OCMW Brugge')];

  it('lists the round by name, without those chosen, matching accents and case alike', () => {
    expect(roundChoices(actors, new Set(), '').shown.map((a) => a.id)).toEqual(['b', 'c', 'a']);
    expect(roundChoices(actors, new Set(['b']), '').shown.map((a) => a.id)).toEqual(['c', 'a']);
    expect(roundChoices(actors, new Set(), 'MARIENSTEDE').shown.map((a) => a.id)).toEqual(['a']);
  });

  it('says how many matches it left out of a long list', () => {
    const many = Array.from({ length: shownAtOnce + 7 }, (_, i) => actor(`x${i}`, `Actor ${String(i).padStart(2, '0')}`));
    const { shown, more } = roundChoices(many, new Set(), '');
    expect(shown).toHaveLength(shownAtOnce);
    expect(more).toBe(7);
  });

  it('keeps out of the outside results the round, the chosen and the respondent itself', () => {
    const found = [actor('a', 'in round'), actor('me', 'myself'), actor('d', 'chosen'), actor('e', 'new')];
    expect(outsideChoices(found, new Set(['a']), new Set(['d']), 'me').map((a) => a.id)).toEqual(['e']);
  });
});
