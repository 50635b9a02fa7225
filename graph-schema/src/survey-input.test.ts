import { describe, expect, it } from 'vitest';
import { collaborationLevelNames, contactFrequencyNames, levelRank, surveyPartnerKinds, surveyRelationKinds, surveyScale, surveyTieSentence } from './survey-scales';
import { validateSurveyAnswerBody, validateSurveyRound } from './survey-input';
import { ValidationError, type CodedIssue } from './validation-error';

function issuesOf(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return Object.fromEntries(error.issues.map((i: CodedIssue) => [i.path, i.code]));
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const partner = { partnerActorId: 'o-caw', relationKind: 'PARTNERS_WITH', level: 'COORDINATED', frequency: 'MONTHLY', value: 3, trust: 4 };

describe('survey vocabulary', () => {
  it('orders the PARTNER levels from awareness to integration and offers only collaboration kinds', () => {
    expect(collaborationLevelNames).toEqual(['AWARENESS', 'COOPERATIVE', 'COORDINATED', 'INTEGRATED']);
    expect(levelRank('INTEGRATED')).toBeGreaterThan(levelRank('COOPERATIVE'));
    expect(contactFrequencyNames[0]).toBe('YEARLY');
    expect(Object.keys(surveyScale)).toEqual(['1', '2', '3', '4']);
    expect(surveyRelationKinds).toContain('PARTNERS_WITH');
    expect(surveyRelationKinds).not.toContain('MEMBER_OF');
    expect(surveyPartnerKinds).toContain('CitizenInitiative');
    expect(surveyPartnerKinds).not.toContain('Neighbourhood');
  });
});

describe('validateSurveyAnswerBody', () => {
  it('accepts a partner by id or a proposed actor, and trims text', () => {
    const body = validateSurveyAnswerBody({
      contact: { name: ' An ', email: null },
      partners: [partner, { proposedActor: { name: 'Buurtkern De Linde', kind: 'CitizenInitiative', place: 'Brugge' }, relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE' }],
    });
    expect(body.contact?.name).toBe('An');
    expect(body.partners).toHaveLength(2);
  });

  it('keeps the direction of a directed kind, absent in answers saved before it existed', () => {
    const body = validateSurveyAnswerBody({ partners: [{ ...partner, relationKind: 'REFERS_TO', direction: 'TO_RESPONDENT' }, partner] });
    expect(body.partners.map((p) => p.direction)).toEqual(['TO_RESPONDENT', undefined]);
    expect(issuesOf(() => validateSurveyAnswerBody({ partners: [{ ...partner, direction: 'SIDEWAYS' }] }))).toEqual({ 'partners[0].direction': 'unknownValue' });
  });

  it('words a reported tie as a sentence about the partner, reversed only for a directed kind', () => {
    expect(surveyTieSentence('REFERS_TO', 'FROM_RESPONDENT', 'CAW', 'nl')).toBe('verwijst door naar CAW');
    expect(surveyTieSentence('REFERS_TO', 'TO_RESPONDENT', 'CAW', 'nl')).toBe('CAW verwijst door naar ons');
    expect(surveyTieSentence('FUNDS', 'TO_RESPONDENT', 'OCMW', 'en')).toBe('OCMW funds us');
    expect(surveyTieSentence('PARTNERS_WITH', 'TO_RESPONDENT', 'CAW', 'nl')).toBe('werkt samen met CAW');
  });

  it('names every bad field by its path', () => {
    expect(
      issuesOf(() =>
        validateSurveyAnswerBody({
          partners: [
            { ...partner, trust: 5, value: 2.5, level: 'FRIENDS' },
            { ...partner, proposedActor: { name: 'X', kind: 'Organisation' } },
            { ...partner, relationKind: 'MEMBER_OF', since: '2025-02-30' },
          ],
        }),
      ),
    ).toEqual({
      'partners[0].trust': 'outOfRange',
      'partners[0].value': 'outOfRange',
      'partners[0].level': 'unknownValue',
      'partners[1].partnerActorId': 'partnerOrProposal',
      'partners[2].relationKind': 'unknownValue',
      'partners[2].since': 'notCalendarDate',
    });
  });
});

describe('validateSurveyRound', () => {
  const round = { id: 'r1', title: 'Bevraging 2026', areaId: 'mun-brugge', opensOn: '2026-01-01', closesOn: '2026-02-01', createdBy: 'editor' };
  it('needs an area or a project and a close date after the opening', () => {
    expect(validateSurveyRound(round).title).toBe('Bevraging 2026');
    expect(issuesOf(() => validateSurveyRound({ ...round, projectId: 'p1' }))).toEqual({ areaId: 'areaOrProject' });
    expect(issuesOf(() => validateSurveyRound({ ...round, closesOn: '2025-12-31', title: ' ' }))).toEqual({ closesOn: 'closesBeforeOpens', title: 'empty' });
  });
});
