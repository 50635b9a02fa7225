import { meanOf, surveyScoreItems, type TrustItem, type ValueItem } from '@weefsel/graph-schema';
import type { ReportedTie } from './reported-ties';

/** The value and trust of a group of reported ties (a pair, or the ties naming one actor), and of each item. */
export interface ScoreAverages {
  /** The mean of the ties' scores (each the mean of its items answered, or an older answer's single score). */
  averageValue: number | null;
  averageTrust: number | null;
  /** Per item, the mean of the answers given to it; null when no tie answered it. */
  averageValueItems: Record<ValueItem, number | null>;
  averageTrustItems: Record<TrustItem, number | null>;
}

/** To two decimals, for people; the means are taken of the unrounded values. */
export const rounded = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100);

/** The mean of the numbers given, to two decimals; null when none is given. */
export function average(values: readonly (number | null | undefined)[]): number | null {
  return rounded(meanOf(values.filter((v): v is number => typeof v === 'number')));
}

function itemAverages<Item extends string>(ties: readonly ReportedTie[], names: readonly Item[], answersOf: (tie: ReportedTie) => Partial<Record<string, number>>): Record<Item, number | null> {
  return Object.fromEntries(names.map((name) => [name, average(ties.map((tie) => answersOf(tie)[name]))])) as Record<Item, number | null>;
}

export function scoreAverages(ties: readonly ReportedTie[]): ScoreAverages {
  return {
    averageValue: average(ties.map((t) => t.value)),
    averageTrust: average(ties.map((t) => t.trust)),
    averageValueItems: itemAverages(ties, surveyScoreItems.value.names, (t) => t.valueItems),
    averageTrustItems: itemAverages(ties, surveyScoreItems.trust.names, (t) => t.trustItems),
  };
}
