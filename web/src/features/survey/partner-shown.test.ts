import { describe, expect, it } from 'vitest';
import { draftFromAnswer, newPartner } from './answer-draft';
import { knownActors, partnerShown } from './partner-shown';

const words = { proposed: 'nieuwe partner, wacht op nazicht', outside: 'partner buiten deze bevraging' };
const actor = (id: string, name: string, kind: 'Organisation' | 'CitizenInitiative' = 'Organisation') => ({ id, name, kind });
const saved = (partnerActorId: string) => ({ partnerActorId, proposedActor: null, relationKind: 'PARTNERS_WITH' as const, direction: null, level: 'COOPERATIVE' as const, frequency: null, value: null, trust: null, valueItems: null, trustItems: null, since: null, note: null });

describe('how the form names a partner', () => {
  it('names a partner found beyond the round in an earlier visit by what the API sends with the form', () => {
    const draft = draftFromAnswer({ contact: null, partners: [saved('org-in-round'), saved('org-beyond'), saved('gone')] });
    const known = knownActors([actor('org-in-round', 'OCMW Brugge')], [actor('org-beyond', 'CAW Noord-West-Vlaanderen')], new Map());
    expect(draft.partners.map((entry) => partnerShown(entry, known, words))).toEqual([
      { name: 'OCMW Brugge', kind: 'Organisation', note: null },
      { name: 'CAW Noord-West-Vlaanderen', kind: 'Organisation', note: null },
      // Removed from the network since, or never shown (a person): the API does not name it.
      { name: 'partner buiten deze bevraging', kind: null, note: null },
    ]);
  });

  it('names a partner picked from the search in this visit, and a proposed one by the name typed', () => {
    const known = knownActors([], [], new Map([['ini-1', actor('ini-1', 'Burenhulp Gistel', 'CitizenInitiative')]]));
    expect(partnerShown(newPartner({ actorId: 'ini-1' }), known, words)).toEqual({ name: 'Burenhulp Gistel', kind: 'CitizenInitiative', note: null });
    const proposed = newPartner({ proposed: { name: 'Buurtcafé De Linde', kind: 'CitizenInitiative', place: 'Brugge' } });
    expect(partnerShown(proposed, known, words)).toEqual({ name: 'Buurtcafé De Linde', kind: 'CitizenInitiative', note: 'nieuwe partner, wacht op nazicht, Brugge' });
  });
});
