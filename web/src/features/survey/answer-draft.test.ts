import { describe, expect, it } from 'vitest';
import { answerInput, draftFromAnswer, emptyDraft, missingChoices, newPartner } from './answer-draft';
import { placeIssue } from './form-issues';

describe('the answer as the form holds it', () => {
  it('sends untouched text as null, never as an empty string, and leaves out an empty contact', () => {
    const partner = { ...newPartner({ actorId: 'org-1' }), level: 'COOPERATIVE' as const, note: '  ', since: '' };
    const input = answerInput({ ...emptyDraft, partners: [partner] });
    expect(input.contact).toBeNull();
    expect(input.partners[0]).toMatchObject({ partnerActorId: 'org-1', proposedActor: null, level: 'COOPERATIVE', note: null, since: null, value: null, trust: null, frequency: null });
  });

  it('keeps only the contact fields filled in, trimmed', () => {
    const input = answerInput({ contact: { name: ' An ', role: '', email: 'an@example.be', phone: '' }, partners: [] });
    expect(input.contact).toEqual({ name: 'An', email: 'an@example.be' });
  });

  it('reads a saved answer back into the same input (what comes back with the link is what was saved)', () => {
    const saved = {
      contact: { name: 'An', email: null, phone: null, role: 'coördinator' },
      partners: [
        { partnerActorId: 'org-1', proposedActor: null, relationKind: 'REFERS_TO' as const, direction: 'TO_RESPONDENT' as const, level: 'INTEGRATED' as const, frequency: 'WEEKLY' as const, value: 4, trust: 3, since: '2024-03-01', note: 'samen op overleg' },
        { partnerActorId: null, proposedActor: { name: 'Buurtcafé De Linde', kind: 'CitizenInitiative' as const, place: null }, relationKind: 'PARTNERS_WITH' as const, direction: 'FROM_RESPONDENT' as const, level: 'AWARENESS' as const, frequency: null, value: null, trust: null, since: null, note: null },
      ],
    };
    const again = answerInput(draftFromAnswer(saved));
    expect(again).toEqual({ contact: { name: 'An', role: 'coördinator' }, partners: saved.partners });
  });

  it('reads an answer saved before the direction existed as "the respondent is the source"', () => {
    const old = { partnerActorId: 'org-1', proposedActor: null, relationKind: 'REFERS_TO' as const, direction: null, level: 'COOPERATIVE' as const, frequency: null, value: null, trust: null, since: null, note: null };
    expect(draftFromAnswer({ contact: null, partners: [old] }).partners[0]?.direction).toBe('FROM_RESPONDENT');
  });

  it('asks for a level before saving, at the partner that lacks it', () => {
    const draft = { ...emptyDraft, partners: [{ ...newPartner({ actorId: 'a' }), level: 'COORDINATED' as const }, newPartner({ actorId: 'b' })] };
    expect(missingChoices(draft)).toEqual([{ path: 'partners[1].level', code: 'required' }]);
  });
});

describe('where a problem is shown', () => {
  const first = newPartner({ actorId: 'a' });
  const second = newPartner({ proposed: { name: 'Nieuw', kind: 'Organisation', place: '' } });
  const draft = { ...emptyDraft, partners: [first, second] };

  it('at the field of the partner it names, by the entry key, not the index', () => {
    expect(placeIssue({ path: 'partners[1].trust', code: 'outOfRange' }, draft)).toMatchObject({ step: 'partners', fieldId: `survey-${second.key}-trust`, partnerKey: second.key, label: 'survey.partner.trust' });
    expect(placeIssue({ path: 'partners[0].partnerActorId', code: 'selfAsPartner' }, draft)).toMatchObject({ step: 'partners', fieldId: `survey-${first.key}`, label: null });
    expect(placeIssue({ path: 'partners[1].proposedActor.name', code: 'empty' }, draft)).toMatchObject({ fieldId: `survey-${second.key}` });
  });

  it('at the contact field, and a refused link on the last page', () => {
    expect(placeIssue({ path: 'contact.email', code: 'tooLong' }, draft)).toMatchObject({ step: 'about', fieldId: 'survey-contact-email' });
    expect(placeIssue({ path: 'token', code: 'surveyClosed' }, draft)).toMatchObject({ step: 'send', fieldId: null });
    expect(placeIssue({ path: 'partners[7].level', code: 'required' }, draft)).toMatchObject({ step: 'send', fieldId: null });
  });
});
