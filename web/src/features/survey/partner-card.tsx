import { surveyTieSentence, type NodeKind } from '@weefsel/graph-schema';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel } from '../../i18n/schema-labels';
import type { PartnerEntry } from './answer-draft';
import { choiceOf, choiceValue, relationOptions } from './relation-choices';
import { partnerFieldId } from './form-issues';
import { ScaleFieldset } from './scale-fieldset';
import { frequencyOptions, levelOptions } from './scale-options';
import { ScoreItemsFieldset } from './score-items-fieldset';
import { FieldErrors, SurveyField } from './survey-field';

export interface PartnerCardProps {
  entry: PartnerEntry;
  /** Who answers: the kinds of collaboration offered depend on it. */
  respondent: { name: string; kind: NodeKind };
  partner: { name: string; kind: NodeKind | null; note: string | null };
  errorsAt: (fieldId: string) => string[];
  onChange: (entry: PartnerEntry) => void;
  onRemove: () => void;
}

/** The questions about one partner, in a fieldset named after the partner. */
export function PartnerCard({ entry, respondent, partner, errorsAt, onChange, onRemove }: PartnerCardProps) {
  const { t, language } = useI18n();
  const id = (field: string) => partnerFieldId(entry.key, field);
  const set = (change: Partial<PartnerEntry>) => onChange({ ...entry, ...change });
  const cardId = partnerFieldId(entry.key);
  const cardErrors = errorsAt(cardId);
  return (
    <fieldset id={cardId} className="survey-partner-card" tabIndex={-1} aria-describedby={cardErrors.length > 0 ? `${cardId}-error` : undefined}>
      <legend>
        {partner.name}
        <span className="survey-partner-kind">
          {partner.kind ? ` · ${kindLabel(partner.kind, language)}` : ''}
          {partner.note ? ` · ${partner.note}` : ''}
        </span>
      </legend>
      <FieldErrors id={cardId} errors={cardErrors} />
      <SurveyField id={id('relationKind')} label={t('survey.partner.relationKind')} errors={errorsAt(id('relationKind'))}>
        {(props) => (
          <select
            {...props}
            value={choiceValue({ kind: entry.relationKind, direction: entry.direction })}
            onChange={(event) => {
              const { kind, direction } = choiceOf(event.target.value);
              set({ relationKind: kind, direction });
            }}
          >
            {relationOptions(respondent.kind, partner, language).map((option) => (
              // In plain words, as a sentence about the partner: "verwijst door naar X" or "X verwijst door naar ons".
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </SurveyField>
      {/* A long partner name cuts the chosen sentence off in the closed select on a phone: said in full
          here (hidden from screen readers, which read the select's value already). */}
      <p className="survey-chosen-sentence" aria-hidden="true">
        {surveyTieSentence(entry.relationKind, entry.direction, partner.name, language)}
      </p>
      <ScaleFieldset id={id('level')} legend={t('survey.partner.level')} options={levelOptions(language)} value={entry.level} errors={errorsAt(id('level'))} required onChange={(level) => set({ level })} />
      <SurveyField id={id('frequency')} label={t('survey.partner.frequency')} errors={errorsAt(id('frequency'))}>
        {(props) => (
          <select {...props} value={entry.frequency ?? ''} onChange={(event) => set({ frequency: (event.target.value || null) as PartnerEntry['frequency'] })}>
            <option value="">{t('survey.partner.frequencyNone')}</option>
            {frequencyOptions(language).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </SurveyField>
      <ScoreItemsFieldset
        id={id('valueItems')}
        dimension="value"
        legend={t('survey.partner.value')}
        answers={entry.valueItems}
        earlierScore={entry.earlierValue}
        errors={errorsAt(id('valueItems'))}
        onChange={(valueItems) => set({ valueItems: valueItems as PartnerEntry['valueItems'] })}
      />
      <ScoreItemsFieldset
        id={id('trustItems')}
        dimension="trust"
        legend={t('survey.partner.trust')}
        answers={entry.trustItems}
        earlierScore={entry.earlierTrust}
        errors={errorsAt(id('trustItems'))}
        onChange={(trustItems) => set({ trustItems: trustItems as PartnerEntry['trustItems'] })}
      />
      <SurveyField id={id('since')} label={t('survey.partner.since')} errors={errorsAt(id('since'))}>
        {(props) => <input {...props} type="date" value={entry.since} onChange={(event) => set({ since: event.target.value })} />}
      </SurveyField>
      <SurveyField id={id('note')} label={t('survey.partner.note')} errors={errorsAt(id('note'))}>
        {(props) => <textarea {...props} rows={2} value={entry.note} onChange={(event) => set({ note: event.target.value })} />}
      </SurveyField>
      <button type="button" className="survey-secondary" onClick={onRemove}>
        {t('survey.partner.remove', { name: partner.name })}
      </button>
    </fieldset>
  );
}
