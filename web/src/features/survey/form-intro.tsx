import { formatDay, formatTimestamp } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel } from '../../i18n/schema-labels';
import type { SavedAnswer, SurveyForm } from './respondent.api';

/** The round's title and introduction, who answers, its dates, and what was saved on an earlier visit. */
export function FormIntro({ form, saved, savedThisVisit }: { form: SurveyForm; saved: SavedAnswer; savedThisVisit: boolean }) {
  const { t, language } = useI18n();
  const earlier = savedThisVisit ? null : saved.submittedAt ? t('survey.form.submittedAt', { time: formatTimestamp(saved.submittedAt, language) }) : saved.draftSavedAt ? t('survey.form.draftAt', { time: formatTimestamp(saved.draftSavedAt, language) }) : null;
  return (
    <>
      <h1>{form.roundTitle}</h1>
      <p className="survey-for">{t('survey.form.for', { name: form.respondent.name, kind: kindLabel(form.respondent.kind, language) })}</p>
      {form.intro && <p className="survey-intro">{form.intro}</p>}
      <p className="survey-hint">{t('survey.form.dates', { opensOn: formatDay(form.opensOn, language, 'long'), closesOn: formatDay(form.closesOn, language, 'long') })}</p>
      {earlier && <p className="survey-notice">{earlier}</p>}
    </>
  );
}
