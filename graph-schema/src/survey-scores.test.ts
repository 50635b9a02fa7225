import { describe, expect, it } from 'vitest';
import { validateSurveyAnswerBody } from './survey-input';
import { trustItemNames, valueItemNames } from './survey-scales';
import { meanOf, surveyScore, unscoredIssues } from './survey-scores';
import { ValidationError } from './validation-error';

const partner = { partnerActorId: 'o-caw', relationKind: 'PARTNERS_WITH', level: 'COORDINATED' };

function issuesOf(run: () => unknown): Record<string, [string, unknown]> {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return Object.fromEntries(error.issues.map((i) => [i.path, [i.code, i.params]]));
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('value and trust items', () => {
  it('are PARTNER CPRM’s three value and three trust items', () => {
    expect(valueItemNames).toEqual(['INFLUENCE', 'INVOLVEMENT', 'RESOURCES']);
    expect(trustItemNames).toEqual(['RELIABLE', 'MISSION', 'OPEN']);
  });

  it('keeps the items answered and drops the unanswered ones; none answered is no items at all', () => {
    const body = validateSurveyAnswerBody({
      partners: [
        { ...partner, valueItems: { INFLUENCE: 2, INVOLVEMENT: null, RESOURCES: 4 }, trustItems: { OPEN: 3 } },
        { ...partner, valueItems: { INFLUENCE: null }, trustItems: {} },
      ],
    });
    expect(body.partners[0]).toMatchObject({ valueItems: { INFLUENCE: 2, RESOURCES: 4 }, trustItems: { OPEN: 3 } });
    expect(Object.keys(body.partners[0]?.valueItems ?? {})).toEqual(['INFLUENCE', 'RESOURCES']);
    expect([body.partners[1]?.valueItems, body.partners[1]?.trustItems]).toEqual([undefined, undefined]);
  });

  it('names a bad item by its path, refuses unknown items and a single score beside the items', () => {
    expect(
      issuesOf(() =>
        validateSurveyAnswerBody({
          partners: [
            partner,
            partner,
            { ...partner, valueItems: { INFLUENCE: 0, RESOURCES: 2.5 }, trustItems: { OPEN: 5, HONEST: 3 } },
            { ...partner, value: 3, valueItems: { INFLUENCE: 3 }, trust: 2, trustItems: { OPEN: null } },
          ],
        }),
      ),
    ).toEqual({
      'partners[2].valueItems.INFLUENCE': ['outOfRange', { min: 1, max: 4 }],
      'partners[2].valueItems.RESOURCES': ['outOfRange', { min: 1, max: 4 }],
      'partners[2].trustItems.OPEN': ['outOfRange', { min: 1, max: 4 }],
      'partners[2].trustItems': ['unknownProperty', { value: 'HONEST' }],
      'partners[3].value': ['scoreAndItems', {}],
    });
  });
});

describe('surveyScore', () => {
  it('is the mean of the items answered, else the single score of an older answer, else null', () => {
    expect(surveyScore({ valueItems: { INFLUENCE: 2, INVOLVEMENT: 3, RESOURCES: 3 } }, 'value')).toBeCloseTo(8 / 3, 10);
    expect(surveyScore({ valueItems: { INFLUENCE: 1, RESOURCES: 4 }, trustItems: { OPEN: 2 } }, 'value')).toBe(2.5);
    expect(surveyScore({ valueItems: { INFLUENCE: 1, RESOURCES: 4 }, trustItems: { OPEN: 2 } }, 'trust')).toBe(2);
    expect(surveyScore({ value: 3, trust: 4 }, 'trust')).toBe(4);
    expect(surveyScore({ value: 3, valueItems: { INFLUENCE: null } }, 'value')).toBe(3);
    expect(surveyScore({}, 'value')).toBeNull();
    expect(meanOf([])).toBeNull();
  });

  it('names each partner without a value or a trust score, whichever way it was given', () => {
    const issues = unscoredIssues([{ valueItems: { INFLUENCE: 2 }, trustItems: { MISSION: 3 } }, { value: 3 }, { trustItems: { OPEN: null } }]);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['partners[1].trustItems', 'itemRequired'],
      ['partners[2].valueItems', 'itemRequired'],
      ['partners[2].trustItems', 'itemRequired'],
    ]);
  });
});
