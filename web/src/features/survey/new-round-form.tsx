import { useId, useState, type FormEvent } from 'react';
import { fieldIssuesOf } from '../../api/editing.api';
import { dataOf, useAsync } from '../../components/use-async';
import { describeError } from '../../i18n/describe-error';
import { describeProblem, describeProblemAt } from '../../i18n/describe-problem';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { defaultRoundDates } from './round-dates';
import { projectTarget, retitled, targetInput, targetName, type RoundTarget } from './round-target';
import { createSurveyRound, fetchAreaProjects, fetchSurveyResults, type SurveyRound } from './rounds.api';
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

/**
 * A new round for the area in view or for one of its projects; the target's actors are invited by
 * default. Hands back the links, shown once.
 */
export function NewRoundForm({ area, onCreated }: { area: { id: string; name: string }; onCreated: (round: SurveyRound, shown: ShownLinks) => void }) {
  const { t, language } = useI18n();
  const id = useId();
  const projects = dataOf(useAsync(area.id, (signal) => fetchAreaProjects(area.id, signal))) ?? [];
  const [target, setTarget] = useState<RoundTarget>({ kind: 'area' });
  const defaultTitle = (of: RoundTarget) => t('surveyEditor.create.defaultTitle', { area: targetName(of, area, projects), year: String(new Date().getFullYear()) });
  const [values, setValues] = useState<Record<RoundField, string>>(() => ({ title: defaultTitle(target), intro: '', ...defaultRoundDates() }));
  const [busy, setBusy] = useState(false);
  const chooseTarget = (next: RoundTarget) => {
    setValues({ ...values, title: retitled(values.title, defaultTitle(target), defaultTitle(next)) });
    setTarget(next);
  };
  const sendable = targetInput(target, area.id);
  const [failure, setFailure] = useState<unknown>(null);
  const issues = fieldIssuesOf(failure).map((issue) => ({ ...issue, path: issue.path.replace(/^input\./, '') }));
  const errorsAt = (field: RoundField) => issues.filter((issue) => issue.path === field).map((issue) => describeProblem(issue, language));
  const other = failure === null ? [] : issues.length === 0 ? [describeError(failure, language)] : issues.filter((issue) => ![...fields, 'projectId'].includes(issue.path)).map((issue) => describeProblemAt(issue, language));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      if (!sendable) return;
      const created = await createSurveyRound({ title: values.title, intro: values.intro.trim() || null, ...sendable, opensOn: values.opensOn, closesOn: values.closesOn });
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
      <fieldset className="survey-target">
        <legend>{t('surveyEditor.create.target')}</legend>
        <label>
          <input type="radio" name={`${id}-target`} checked={target.kind === 'area'} onChange={() => chooseTarget({ kind: 'area' })} /> {t('surveyEditor.create.targetArea', { area: area.name })}
        </label>
        <label>
          <input type="radio" name={`${id}-target`} checked={target.kind === 'project'} onChange={() => chooseTarget(projectTarget(projects))} /> {t('surveyEditor.create.targetProject', { area: area.name })}
        </label>
        {target.kind === 'project' &&
          (projects.length === 0 ? (
            <p className="muted">{t('surveyEditor.create.noProjects', { area: area.name })}</p>
          ) : (
            <SurveyField id={`${id}-projectId`} label={t('surveyEditor.create.project')} errors={issues.filter((issue) => issue.path === 'projectId').map((issue) => describeProblem(issue, language))}>
              {(props) => (
                <select {...props} value={target.projectId ?? ''} onChange={(event) => chooseTarget({ kind: 'project', projectId: event.target.value })}>
                  {projects.map((project) => (
                    <option key={project.id} value={project.id}>
                      {project.name}
                    </option>
                  ))}
                </select>
              )}
            </SurveyField>
          ))}
      </fieldset>
      <p className="view-intro">
        {target.kind === 'area' ? t('surveyEditor.create.invited', { area: area.name }) : t('surveyEditor.create.invitedProject', { project: targetName(target, area, projects) })}
      </p>
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
      <button type="submit" disabled={busy || !sendable}>
        {busy ? t('surveyEditor.create.busy') : t('surveyEditor.create.submit')}
      </button>
    </form>
  );
}
