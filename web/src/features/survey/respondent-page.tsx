import { useEffect, useMemo, useRef, useState } from 'react';
import { describeProblem } from '../../i18n/describe-problem';
import { formatDay, formatTimestamp } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { AboutStep } from './about-step';
import { newPartner, type PartnerEntry } from './answer-draft';
import { relationChoices } from './relation-choices';
import { ErrorSummary } from './error-summary';
import { surveySteps, type SurveyStep } from './form-issues';
import { PartnersStep } from './partners-step';
import type { SurveyActor } from './respondent.api';
import { SendStep } from './send-step';
import { FormIntro } from './form-intro';
import { summaryLines } from './summary-lines';
import { usePartnerNames } from './use-partner-names';
import { StepNav } from './step-nav';
import { useSurveyForm } from './use-survey-form';
import './survey-form.css';

const noActors: SurveyActor[] = [];
const stepTitles = { about: 'survey.step.about', partners: 'survey.step.partners', send: 'survey.step.send' } as const;

/** The respondent's form behind a personal link: three pages, a draft to save on each, submit on the last. */
export function RespondentPage({ token }: { token: string }) {
  const { t, language } = useI18n();
  const survey = useSurveyForm(token);
  const { form, draft } = survey;
  const [step, setStep] = useState<SurveyStep>('about');
  const [announcement, setAnnouncement] = useState('');
  const { partnerOf, remember } = usePartnerNames(form?.actors ?? noActors, form?.outsideActors ?? noActors);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // A new page is announced by moving focus to its heading (not on the first page shown).
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [step]);

  const errorsAt = useMemo(() => {
    const byField = new Map<string, string[]>();
    for (const placed of survey.issues) if (placed.fieldId) byField.set(placed.fieldId, [...(byField.get(placed.fieldId) ?? []), describeProblem(placed.issue, language)]);
    return (fieldId: string) => byField.get(fieldId) ?? [];
  }, [survey.issues, language]);

  if (!form || !draft) {
    return (
      <main className="survey-main" id="survey-main">
        <h1>{t('survey.form.title')}</h1>
        {survey.loaded.status === 'error' ? (
          <p role="alert" className="survey-field-error">
            {t('survey.form.failed', { message: survey.loaded.message })}
          </p>
        ) : (
          <p role="status">{t('survey.form.loading')}</p>
        )}
      </main>
    );
  }

  const addPartner = (entry: PartnerEntry, name: string) => {
    survey.change((current) => ({ ...current, partners: [...current.partners, entry] }));
    setAnnouncement(t('survey.pick.added', { name }));
  };

  const summary = summaryLines(survey.issues, draft, (entry) => partnerOf(entry).name, t, language);

  const goTo = (next: SurveyStep, fieldId?: string) => {
    if (next !== step) setAnnouncement('');
    setStep(next);
    // After the page is drawn: the field exists only on its own page.
    if (fieldId) setTimeout(() => document.getElementById(fieldId)?.focus(), 0);
  };

  const save = async (mode: 'draft' | 'submit') => {
    const ok = await survey.save(mode);
    if (ok) setAnnouncement('');
  };

  const index = surveySteps.indexOf(step);
  const savedLine =
    survey.lastSaved === 'submit' && survey.saved.submittedAt
      ? t('survey.send.done', { time: formatTimestamp(survey.saved.submittedAt, language), closesOn: formatDay(form.closesOn, language, 'long') })
      : survey.lastSaved === 'draft' && survey.saved.draftSavedAt
        ? t('survey.saved', { time: formatTimestamp(survey.saved.draftSavedAt, language) })
        : announcement;

  return (
    <main className="survey-main" id="survey-main">
      <FormIntro form={form} saved={survey.saved} savedThisVisit={survey.lastSaved !== null} />
      <StepNav step={step} titles={stepTitles} onChoose={(next) => goTo(next)} />
      <ErrorSummary title={t('survey.errors.title', { count: summary.length })} lines={summary} failure={survey.failure} found={survey.found} onGoTo={goTo} />
      <section className="survey-step" aria-labelledby="survey-step-title">
        <h2 id="survey-step-title" ref={headingRef} tabIndex={-1}>
          <span className="survey-step-of">{t('survey.stepOf', { step: index + 1, count: surveySteps.length })}: </span>
          {step === 'partners' ? t('survey.partners.title', { name: form.respondent.name }) : t(stepTitles[step])}
        </h2>
        {step === 'about' && <AboutStep draft={draft} errorsAt={errorsAt} onChange={(field, value) => survey.change((current) => ({ ...current, contact: { ...current.contact, [field]: value } }))} />}
        {step === 'partners' && (
          <PartnersStep
            token={token}
            respondent={form.respondent}
            actors={form.actors}
            partners={draft.partners}
            partnerOf={partnerOf}
            errorsAt={errorsAt}
            onChoose={(actor) => {
              remember(actor);
              addPartner(newPartner({ actorId: actor.id }, relationChoices(form.respondent.kind, actor.kind)), actor.name);
            }}
            onPropose={(proposed) => addPartner(newPartner({ proposed }, relationChoices(form.respondent.kind, proposed.kind)), proposed.name)}
            onChange={(entry) => survey.change((current) => ({ ...current, partners: current.partners.map((p) => (p.key === entry.key ? entry : p)) }))}
            onRemove={(entry) => {
              survey.change((current) => ({ ...current, partners: current.partners.filter((p) => p.key !== entry.key) }));
              setAnnouncement(t('survey.partner.removed', { name: partnerOf(entry).name }));
              headingRef.current?.focus();
            }}
          />
        )}
        {step === 'send' && (
          <SendStep respondentName={form.respondent.name} closesOn={form.closesOn} partners={draft.partners} partnerOf={partnerOf} submittedAt={survey.saved.submittedAt ?? null} busy={survey.busy !== null} onSubmit={() => void save('submit')} />
        )}
      </section>
      <div className="survey-actions">
        {index > 0 && (
          <button type="button" className="survey-secondary" onClick={() => goTo(surveySteps[index - 1] as SurveyStep)}>
            {t('survey.nav.previous')}
          </button>
        )}
        <button type="button" className="survey-secondary" disabled={survey.busy !== null} onClick={() => void save('draft')}>
          {survey.busy === 'draft' ? t('survey.saving') : t('survey.save')}
        </button>
        {index < surveySteps.length - 1 && (
          <button type="button" className="survey-primary" onClick={() => goTo(surveySteps[index + 1] as SurveyStep)}>
            {t('survey.nav.next')}
          </button>
        )}
      </div>
      <p className="survey-status" role="status">
        {savedLine}
      </p>
    </main>
  );
}
