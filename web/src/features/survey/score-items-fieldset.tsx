import { scoreItemsOf, type SurveyScoreDimension } from '@weefsel/graph-schema';
import { useI18n } from '../../i18n/i18n-context';
import { ScaleFieldset } from './scale-fieldset';
import { itemOptions, scaleWord } from './scale-options';
import { describedBy, FieldErrors } from './survey-field';

/**
 * The three PARTNER items of the value or the trust score, in a group whose legend is the score's
 * question; each item is a 1-4 radio group whose legend is the item's question (graph-schema). The
 * group takes focus when the error summary points at it (no item answered).
 */
export function ScoreItemsFieldset({
  id,
  dimension,
  legend,
  answers,
  earlierScore,
  errors,
  onChange,
}: {
  id: string;
  dimension: SurveyScoreDimension;
  legend: string;
  answers: Readonly<Record<string, number | null>>;
  /** The single score of an answer saved before the items, kept until an item is answered. */
  earlierScore: number | null;
  errors: readonly string[];
  onChange: (answers: Record<string, number | null>) => void;
}) {
  const { t, language } = useI18n();
  const { names, items } = scoreItemsOf(dimension);
  const options = itemOptions(language, t('survey.partner.noAnswer'));
  const anyAnswered = names.some((name) => answers[name] != null);
  const hint = [
    t('survey.partner.itemsHint', { low: scaleWord(1, language), high: scaleWord(4, language) }),
    earlierScore !== null && !anyAnswered ? t('survey.partner.earlierScore', { score: earlierScore }) : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset id={id} className="survey-score-items" tabIndex={-1} aria-describedby={describedBy(id, true, errors)} aria-invalid={errors.length > 0 || undefined}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="survey-hint">
        {hint}
      </p>
      {names.map((name) => (
        <ScaleFieldset
          key={name}
          id={`${id}-${name}`}
          legend={items[name]?.question[language] ?? name}
          options={options}
          value={answers[name] ?? null}
          errors={[]}
          layout="row"
          onChange={(answer) => onChange({ ...answers, [name]: answer })}
        />
      ))}
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}
