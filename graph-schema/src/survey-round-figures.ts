import type { Label } from './labels';

/** What a survey round's summary holds that its comparison with another round shows. */
export interface SurveyRoundFigureSource {
  invited: number;
  answered: number;
  pairs: number;
  density: number;
  isolatedActorIds: readonly string[];
  crossDomainPairs: number;
  averageValue: number | null;
  averageTrust: number | null;
}

export interface SurveyRoundFigure {
  label: Label;
  read(summary: SurveyRoundFigureSource): number | null;
  /** Decimals shown: counts are whole, the density and the 1-4 averages are not. */
  digits: number;
}

/**
 * The figures two survey rounds are compared on, in the order shown, with their names in both
 * languages: the changes view, the editors' survey view and the area report show the same ones.
 */
export const surveyRoundFigures = {
  invited: { label: { nl: 'Uitgenodigde actoren', en: 'Invited actors' }, read: (s) => s.invited, digits: 0 },
  answered: { label: { nl: 'Actoren die antwoordden', en: 'Actors that answered' }, read: (s) => s.answered, digits: 0 },
  pairs: { label: { nl: 'Gemelde paren', en: 'Reported pairs' }, read: (s) => s.pairs, digits: 0 },
  density: { label: { nl: 'Dichtheid onder de uitgenodigden', en: 'Density among the invited' }, read: (s) => s.density, digits: 3 },
  isolated: { label: { nl: 'Uitgenodigden zonder gemelde partner', en: 'Invited actors without a reported partner' }, read: (s) => s.isolatedActorIds.length, digits: 0 },
  crossDomain: { label: { nl: 'Paren over levensdomeinen heen', en: 'Pairs across life domains' }, read: (s) => s.crossDomainPairs, digits: 0 },
  averageValue: { label: { nl: 'Gemiddelde waarde (1-4)', en: 'Average value (1-4)' }, read: (s) => s.averageValue, digits: 2 },
  averageTrust: { label: { nl: 'Gemiddeld vertrouwen (1-4)', en: 'Average trust (1-4)' }, read: (s) => s.averageTrust, digits: 2 },
} as const satisfies Record<string, SurveyRoundFigure>;

export type SurveyRoundFigureName = keyof typeof surveyRoundFigures;
