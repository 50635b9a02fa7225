import { describe, expect, it } from 'vitest';
import { answerInput, draftFromAnswer, emptyDraft, missingChoices, newPartner } from './answer-draft';
import { placeIssue } from './form-issues';

describe('the answer as the form holds it', () => {
  it('sends untouched text as null, never as an empty string, and leaves out an empty contact', () => {
    const partner = { ...newPartner({ actorId: 'org-1' }), level: 'COOPERATIVE' as const, note: '  ', since: '' };
    const input = answerInput({ ...emptyDraft, partners: [partner] });
    expect(input.contact).toBeNull();
    expect(input.partners[0]).toMatchObject({ partnerActorId: 'org-1', proposedActor: null, level: 'COOPERATIVE', note: null, since: null, value: null, trust: null, valueItems: null, trustItems: null, frequency: null });
  });

  it('keeps only the contact fields filled in, trimmed', () => {
    const input = answerInput({ contact: { name: ' An ', role: '', email: 'an@example.be', phone: '' }, partners: [] });
    expect(input.contact).toEqual({ name: 'An', email: 'an@example.be' });
  });

  it('reads a saved answer back into the same input (what comes back with the link is what was saved)', () => {
    const saved = {
      contact: { name: 'An', email: null, phone: null, role: 'coördinator' },
      partners: [
        {
          partnerActorId: 'org-1', proposedActor: null, relationKind: 'REFERS_TO' as const, direction: 'TO_RESPONDENT' as const, level: 'INTEGRATED' as const, frequency: 'WEEKLY' as const,
          value: null, trust: null, valueItems: { INFLUENCE: 4, INVOLVEMENT: null, RESOURCES: 2 }, trustItems: { RELIABLE: 3, MISSION: 3, OPEN: 4 }, since: '2024-03-01', note: 'samen op overleg',
        },
        // Saved before the items: its single scores come back as they were.
        { partnerActorId: null, proposedActor: { name: 'Buurtcafé De Linde', kind: 'CitizenInitiative' as const, place: null }, relationKind: 'PARTNERS_WITH' as const, direction: 'FROM_RESPONDENT' as const, level: 'AWARENESS' as const, frequency: null, value: 3, trust: 2, valueItems: null, trustItems: null, since: null, note: null },
      ],
    };
    const again = answerInput(draftFromAnswer(saved));
    // An item not answered comes back as null and is not sent again.
    const [items, earlier] = saved.partners;
    expect(again).toEqual({ contact: { name: 'An', role: 'coördinator' }, partners: [{ ...items, valueItems: { INFLUENCE: 4, RESOURCES: 2 } }, earlier] });
  });

  it('reads an answer saved before the direction existed as "the respondent is the source"', () => {
    const old = { partnerActorId: 'org-1', proposedActor: null, relationKind: 'REFERS_TO' as const, direction: null, level: 'COOPERATIVE' as const, frequency: null, value: null, trust: null, valueItems: null, trustItems: null, since: null, note: null };
    expect(draftFromAnswer({ contact: null, partners: [old] }).partners[0]?.direction).toBe('FROM_RESPONDENT');
  });

  it('asks for a level before saving, at the partner that lacks it', () => {
    const draft = { ...emptyDraft, partners: [{ ...newPartner({ actorId: 'a' }), level: 'COORDINATED' as const }, newPartner({ actorId: 'b' })] };
    expect(missingChoices(draft)).toEqual([{ path: 'partners[1].level', code: 'required' }]);
  });

  it('sends only the items answered, and an earlier single score only until an item of its score is answered', () => {
    const [earlier] = draftFromAnswer({ contact: null, partners: [{ partnerActorId: 'a', proposedActor: null, relationKind: 'PARTNERS_WITH', direction: null, level: 'COOPERATIVE', frequency: null, value: 3, trust: 2, valueItems: null, trustItems: null, since: null, note: null }] }).partners;
    if (!earlier) throw new Error('no partner');
    const answered = { ...earlier, valueItems: { ...earlier.valueItems, INVOLVEMENT: 4 } };
    expect(answerInput({ ...emptyDraft, partners: [answered] }).partners[0]).toMatchObject({ valueItems: { INVOLVEMENT: 4 }, value: null, trustItems: null, trust: 2 });
  });

  it('asks, before submitting (not before a draft), for at least one value and one trust item of every partner, partner by partner', () => {
    const scored = { ...newPartner({ actorId: 'a' }), level: 'COORDINATED' as const };
    const answered = { ...scored, valueItems: { ...scored.valueItems, RESOURCES: 2 }, trustItems: { ...scored.trustItems, OPEN: 3 } };
    const halfway = { ...newPartner({ actorId: 'b' }), valueItems: { ...scored.valueItems, INFLUENCE: 1 } };
    const draft = { ...emptyDraft, partners: [answered, halfway, scored] };
    expect(missingChoices(draft, 'draft')).toEqual([{ path: 'partners[1].level', code: 'required' }]);
    expect(missingChoices(draft, 'submit')).toEqual([
      { path: 'partners[1].level', code: 'required' },
      { path: 'partners[1].trustItems', code: 'itemRequired' },
      { path: 'partners[2].valueItems', code: 'itemRequired' },
      { path: 'partners[2].trustItems', code: 'itemRequired' },
    ]);
  });
});

describe('where a problem is shown', () => {
  const first = newPartner({ actorId: 'a' });
  const second = newPartner({ proposed: { name: 'Nieuw', kind: 'Organisation', place: '' } });
  const draft = { ...emptyDraft, partners: [first, second] };

  it('at the field of the partner it names, by the entry key, not the index', () => {
    expect(placeIssue({ path: 'partners[1].trustItems.OPEN', code: 'outOfRange' }, draft)).toMatchObject({ step: 'partners', fieldId: `survey-${second.key}-trustItems`, partnerKey: second.key, label: 'survey.partner.trust' });
    expect(placeIssue({ path: 'partners[1].valueItems', code: 'itemRequired' }, draft)).toMatchObject({ fieldId: `survey-${second.key}-valueItems`, label: 'survey.partner.value' });
    expect(placeIssue({ path: 'partners[0].trust', code: 'outOfRange' }, draft)).toMatchObject({ fieldId: `survey-${first.key}-trustItems`, label: 'survey.partner.trust' });
    expect(placeIssue({ path: 'partners[0].partnerActorId', code: 'selfAsPartner' }, draft)).toMatchObject({ step: 'partners', fieldId: `survey-${first.key}`, label: null });
    expect(placeIssue({ path: 'partners[1].proposedActor.name', code: 'empty' }, draft)).toMatchObject({ fieldId: `survey-${second.key}` });
  });

  it('at the contact field, and a refused link on the last page', () => {
    expect(placeIssue({ path: 'contact.email', code: 'tooLong' }, draft)).toMatchObject({ step: 'about', fieldId: 'survey-contact-email' });
    expect(placeIssue({ path: 'token', code: 'surveyClosed' }, draft)).toMatchObject({ step: 'send', fieldId: null });
    expect(placeIssue({ path: 'partners[7].level', code: 'required' }, draft)).toMatchObject({ step: 'send', fieldId: null });
  });
});
