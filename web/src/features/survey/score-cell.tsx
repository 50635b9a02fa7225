import type { SurveyScoreDimension } from '@weefsel/graph-schema';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { itemAverageLines } from './results-rows';

/**
 * A results cell of the value or trust score: its average, and under it the average of each item
 * by the item's short name ("invloed 3,5"), so the table stays one row per pair or actor.
 */
export function ScoreCell({ dimension, average, items }: { dimension: SurveyScoreDimension; average: number | null | undefined; items: Readonly<Record<string, number | null | undefined>> | null | undefined }) {
  const { language } = useI18n();
  const shown = (value: number | null | undefined) => (value == null ? '–' : formatNumber(value, language, 1));
  return (
    <>
      <span className="survey-score">{shown(average)}</span>
      <ul className="survey-item-averages">
        {itemAverageLines(dimension, items, language).map((line) => (
          <li key={line.item}>
            <span>{line.label}</span> <span className="survey-item-average">{shown(line.average)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
