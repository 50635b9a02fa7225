import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { surveySteps, type SurveyStep } from './form-issues';

/** The form's pages as an ordered list; the current one is marked for screen readers (aria-current). */
export function StepNav({ step, titles, onChoose }: { step: SurveyStep; titles: Record<SurveyStep, MessageKey>; onChoose: (step: SurveyStep) => void }) {
  const { t } = useI18n();
  return (
    <nav className="survey-steps" aria-label={t('survey.steps.label')}>
      <ol>
        {surveySteps.map((each, index) => (
          <li key={each}>
            <button type="button" aria-current={each === step ? 'step' : undefined} onClick={() => onChoose(each)}>
              <span className="survey-step-number">{index + 1}</span> {t(titles[each])}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
