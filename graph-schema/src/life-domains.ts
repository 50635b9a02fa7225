import type { Label } from './labels';

/** Levensdomeinen: the policy domains an actor works in ("health in all policies"). */
export const lifeDomains = {
  WELFARE: { nl: 'welzijn', en: 'welfare' },
  CARE: { nl: 'zorg', en: 'care and health' },
  HOUSING: { nl: 'wonen', en: 'housing' },
  WORK: { nl: 'werk', en: 'work' },
  ECONOMY: { nl: 'economie', en: 'economy' },
  EDUCATION: { nl: 'onderwijs', en: 'education' },
  LEISURE: { nl: 'vrije tijd', en: 'leisure, culture and sport' },
  MOBILITY: { nl: 'mobiliteit', en: 'mobility' },
  SPATIAL_PLANNING: { nl: 'ruimtelijke planning', en: 'spatial planning' },
  SAFETY: { nl: 'veiligheid', en: 'safety' },
  FINANCIAL_RESILIENCE: { nl: 'financiële weerbaarheid', en: 'financial resilience' },
} as const satisfies Record<string, Label>;

export type LifeDomain = keyof typeof lifeDomains;
export const lifeDomainNames = Object.keys(lifeDomains) as [LifeDomain, ...LifeDomain[]];
