import type { Label } from './labels';

/** Doelgroepen: the people an actor serves. */
export const targetGroups = {
  OLDER_PEOPLE_ALONE: { nl: 'alleenwonende ouderen', en: 'older people living alone' },
  DISABILITY: { nl: 'personen met een handicap', en: 'people with a disability' },
  CHRONICALLY_ILL: { nl: 'chronisch zieken', en: 'chronically ill people' },
  YOUTH_BEHAVIOURAL: {
    nl: 'jongeren met gedrags- of emotionele problemen',
    en: 'young people with behavioural or emotional problems',
  },
  CHILDREN_0_12: { nl: 'kinderen 0-12', en: 'children 0-12' },
  YOUTH_12_18: { nl: 'jongeren 12-18', en: 'youth 12-18' },
  YOUNG_ADULTS_18_25: { nl: 'jongvolwassenen 18-25', en: 'young adults 18-25' },
  YOUNG_FAMILIES: { nl: 'gezinnen met jonge kinderen', en: 'families with young children' },
  POVERTY: { nl: 'mensen in armoede', en: 'people in poverty' },
  FAMILY_CARERS: { nl: 'mantelzorgers', en: 'family carers' },
  VULNERABLE_FARMERS: { nl: 'landbouwers in een kwetsbare situatie', en: 'farmers in a vulnerable situation' },
  NEWCOMERS: { nl: 'nieuwkomers', en: 'newcomers' },
} as const satisfies Record<string, Label>;

export type TargetGroup = keyof typeof targetGroups;
export const targetGroupNames = Object.keys(targetGroups) as [TargetGroup, ...TargetGroup[]];
