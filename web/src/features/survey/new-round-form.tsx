import { useId, useState, type FormEvent } from 'react';
import { fieldIssuesOf } from '../../api/editing.api';
import { describeError } from '../../i18n/describe-error';
import { describeProblem, describeProblemAt } from '../../i18n/describe-problem';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { defaultRoundDates } from './round-dates';
import { createSurveyRound, fetchSurveyResults, type SurveyRound } from './rounds.api';
import type { ShownLinks } from './links-sheet';
import { SurveyField } from './survey-field';

const fields = ['title', 'intro', 'opensOn', 'closesOn'] as const;
type RoundField = (typeof fields)[number];
const labels = {
  title: 'surveyEditor.create.titleLabel',
  intro: 'surveyEditor.create.introLabel',
  opensOn: 'surveyEditor.create.opensOn',
  closesOn: 'surveyEditor.create.closesOn',
} as const satisfies Record<RoundField, MessageKey>;

/** A new round for the area in view; its actors are invited by default. Hands back the links, shown once. */
export function NewRoundForm({ area, onCreated }: { area: { id: string; name: string }; onCreated: (round: SurveyRound, shown: ShownLinks) => void }) {
  const { t, language } = useI18n();
  const id = useId();
  const [values, setValues] = useState<Record<RoundField, string>>(() => ({ title: t('surveyEditor.create.defaultTitle', { area: area.name, year: String(new Date().getFullYear()) }), intro: '', ...defaultRoundDates() }));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const issues = fieldIssuesOf(failure).map((issue) => ({ ...issue, path: issue.path.replace(/^input\./, '') }));
  const errorsAt = (field: RoundField) => issues.filter((issue) => issue.path === field).map((issue) => describeProblem(issue, language));
  const other = failure === null ? [] : issues.length === 0 ? [describeError(failure, language)] : issues.filter((issue) => !(fields as readonly string[]).includes(issue.path)).map((issue) => describeProblemAt(issue, language));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const created = await createSurveyRound({ title: values.title, intro: values.intro.trim() || null, areaId: area.id, opensOn: values.opensOn, closesOn: values.closesOn });
      // The links name actors by id: the results give their names.
      const results = await fetchSurveyResults(created.round.id);
      const names = new Map(results.respondents.map((r) => [r.actorId, r.actorName] as const));
      onCreated(created.round, { title: created.round.title, links: created.links.map((link) => ({ ...link, name: names.get(link.actorId) ?? link.actorId })) });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const input = (field: RoundField, type: string) => (
    <SurveyField id={`${id}-${field}`} label={t(labels[field])} errors={errorsAt(field)}>
      {(props) =>
        field === 'intro' ? (
          <textarea {...props} rows={3} value={values.intro} onChange={(event) => setValues({ ...values, intro: event.target.value })} />
        ) : (
          <input {...props} type={type} required value={values[field]} onChange={(event) => setValues({ ...values, [field]: event.target.value })} />
        )
      }
    </SurveyField>
  );

  return (
    <form className="survey-new-round" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`}>{t('surveyEditor.create.title', { area: area.name })}</h3>
      <p className="view-intro">{t('surveyEditor.create.invited', { area: area.name })}</p>
      {input('title', 'text')}
      {input('intro', 'text')}
      <div className="survey-row">
        {input('opensOn', 'date')}
        {input('closesOn', 'date')}
      </div>
      {other.length > 0 && (
        <p role="alert" className="error">
          {t('surveyEditor.create.failed', { message: other.join('; ') })}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('surveyEditor.create.busy') : t('surveyEditor.create.submit')}
      </button>
    </form>
  );
}
