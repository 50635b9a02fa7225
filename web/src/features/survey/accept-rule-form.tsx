import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { SurveyAcceptRule } from './rounds.api';

const rules: SurveyAcceptRule[] = ['AT_LEAST_ONE_SIDE', 'BOTH_SIDES'];

/** Accept every tie of the pairs a rule chooses; the API never lets a rule accept a contradicted pair. */
export function AcceptRuleForm({ busy, onApply }: { busy: boolean; onApply: (rule: SurveyAcceptRule) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [rule, setRule] = useState<SurveyAcceptRule>('BOTH_SIDES');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(rule);
  };
  return (
    <form className="survey-row survey-rule" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h4 id={`${id}-title`}>{t('surveyEditor.rule.title')}</h4>
      <label htmlFor={id}>{t('surveyEditor.rule.label')}</label>
      <select id={id} value={rule} onChange={(event) => setRule(event.target.value as SurveyAcceptRule)}>
        {rules.map((each) => (
          <option key={each} value={each}>
            {t(`surveyEditor.rule.${each}`)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={busy}>
        {t('surveyEditor.rule.apply')}
      </button>
    </form>
  );
}
