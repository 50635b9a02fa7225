import { surveyLabels, trustItemNames, trustItems, valueItemNames, valueItems, type SurveyItem, type TrustItem, type ValueItem } from './survey-scales';
import type { Label } from './labels';
import { codedIssue, type CodedIssue } from './validation-error';

/**
 * The value and trust scores of a reported partner. Each is asked as three PARTNER CPRM items
 * (1-4, each optional: "don't know" is no answer); the score is the mean of the items answered.
 * Answers stored before the items existed hold one number per score instead, and it stays their
 * score. Both here so the API's results and the web's form compute them the same way.
 */
export const surveyScoreDimensions = ['value', 'trust'] as const;
export type SurveyScoreDimension = (typeof surveyScoreDimensions)[number];

/** The answers of a score's items, by item name; an absent or null item was not answered. */
export type ItemAnswers<Item extends string> = Partial<Record<Item, number | null>>;

/** What the scores are computed from: the items and, for older answers, the single score. */
export interface ScoredAnswer {
  value?: number | null | undefined;
  trust?: number | null | undefined;
  valueItems?: ItemAnswers<ValueItem> | null | undefined;
  trustItems?: ItemAnswers<TrustItem> | null | undefined;
}

/** The items of one score: the answer's field that holds them, their names in the form's order, their wording. */
export interface SurveyScoreItems<Item extends string = string> {
  field: 'valueItems' | 'trustItems';
  names: readonly Item[];
  items: Readonly<Record<Item, SurveyItem>>;
  label: Label;
}

export const surveyScoreItems: { value: SurveyScoreItems<ValueItem>; trust: SurveyScoreItems<TrustItem> } = {
  value: { field: 'valueItems', names: valueItemNames, items: valueItems, label: surveyLabels.value },
  trust: { field: 'trustItems', names: trustItemNames, items: trustItems, label: surveyLabels.trust },
};

/** The items of a score for code that handles both scores alike. */
export function scoreItemsOf(dimension: SurveyScoreDimension): SurveyScoreItems {
  return surveyScoreItems[dimension] as SurveyScoreItems;
}

/** The item answers of one score, by item name (`{}` when none was answered). */
export function itemAnswersOf(answer: ScoredAnswer, dimension: SurveyScoreDimension): Record<string, number> {
  const items: Record<string, number | null | undefined> = (dimension === 'value' ? answer.valueItems : answer.trustItems) ?? {};
  return Object.fromEntries(Object.entries(items).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

/** The mean of the numbers, unrounded; null for none. */
export function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * A score of one reported partner: the mean of its items answered; without any, the single score
 * of an answer from before the items; null when neither was given.
 */
export function surveyScore(answer: ScoredAnswer, dimension: SurveyScoreDimension): number | null {
  const items = Object.values(itemAnswersOf(answer, dimension));
  if (items.length > 0) return meanOf(items);
  return answer[dimension] ?? null;
}

/**
 * The partners without a value or a trust score (no item answered, no single score): an issue at
 * `partners[2].valueItems` with code `itemRequired`. The form checks this before it submits, and
 * the API's stores refuse a submission (never a draft) that has one.
 */
export function unscoredIssues(partners: readonly ScoredAnswer[]): CodedIssue[] {
  return partners.flatMap((partner, i) =>
    surveyScoreDimensions.flatMap((dimension) => (surveyScore(partner, dimension) === null ? [codedIssue(`partners[${i}].${scoreItemsOf(dimension).field}`, 'itemRequired')] : [])),
  );
}
