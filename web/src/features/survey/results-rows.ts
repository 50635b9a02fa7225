import { reciprocityNames, scoreItemsOf, type Language, type Reciprocity, type SurveyScoreDimension } from '@weefsel/graph-schema';
import type { SurveyResults } from './rounds.api';

type Pair = SurveyResults['pairs'][number];
type Tie = SurveyResults['ties'][number];
type Respondent = SurveyResults['respondents'][number];

/** A reported pair as the results table shows it: both names, its ties, and whether all are accepted. */
export interface PairRow {
  pair: Pair;
  aName: string;
  bName: string;
  ties: Tie[];
  accepted: boolean;
}

/** Actor ids the results name without a name: partners outside the invited actors. */
export function unnamedActorIds(results: SurveyResults): string[] {
  const named = new Set([...results.respondents.map((r) => r.actorId), ...results.proposals.flatMap((p) => (p.actorId ? [p.actorId] : []))]);
  const ids = [...results.pairs.flatMap((p) => [p.a, p.b]), ...results.actorScores.map((s) => s.actorId), ...results.ties.flatMap((t) => (t.partnerActorId ? [t.partnerActorId] : []))];
  return [...new Set(ids)].filter((id) => !named.has(id)).sort();
}

/**
 * The pairs for review, contradicted ones first (they need a person's judgement; no rule accepts
 * them), then one side, then both sides; by name within each.
 */
export function pairRows(results: SurveyResults, nameOf: (id: string) => string): PairRow[] {
  const order: Reciprocity[] = ['CONTRADICTED', 'ONE_SIDE', 'BOTH_SIDES'];
  const tieByKey = new Map(results.ties.map((tie) => [tie.key, tie]));
  return results.pairs
    .map((pair) => {
      const ties = pair.tieKeys.flatMap((key) => tieByKey.get(key) ?? []);
      return { pair, aName: nameOf(pair.a), bName: nameOf(pair.b), ties, accepted: ties.length > 0 && ties.every((tie) => tie.acceptedRelationId) };
    })
    .sort((x, y) => order.indexOf(x.pair.reciprocity) - order.indexOf(y.pair.reciprocity) || `${x.aName} ${x.bName}`.localeCompare(`${y.aName} ${y.bName}`, 'nl'));
}

/** How many pairs each reciprocity has, in the schema's order. */
export function reciprocityCounts(pairs: readonly Pair[]): { reciprocity: Reciprocity; count: number }[] {
  return reciprocityNames.map((reciprocity) => ({ reciprocity, count: pairs.filter((pair) => pair.reciprocity === reciprocity).length }));
}

/** Who still has to answer: invited, not submitted, link not withdrawn; by name. */
export function reminders(respondents: readonly Respondent[]): Respondent[] {
  return respondents.filter((r) => !r.submittedAt && !r.revoked).sort((a, b) => a.actorName.localeCompare(b.actorName, 'nl'));
}

/** One item's average as a results table shows it under its score: the item's short name and the mean. */
export interface ItemAverageLine {
  item: string;
  label: string;
  average: number | null;
}

/** The averages of a score's items (of a pair, or of what others said about an actor), in the form's order. */
export function itemAverageLines(dimension: SurveyScoreDimension, averages: Readonly<Record<string, number | null | undefined>> | null | undefined, language: Language): ItemAverageLine[] {
  const { names, items } = scoreItemsOf(dimension);
  return names.map((item) => ({ item, label: items[item]?.short[language] ?? item, average: averages?.[item] ?? null }));
}
