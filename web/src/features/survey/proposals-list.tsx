import { useI18n } from '../../i18n/i18n-context';
import { kindLabel } from '../../i18n/schema-labels';
import type { SurveyResults } from './rounds.api';

type Proposal = SurveyResults['proposals'][number];

/** New actors respondents proposed; an editor approves each (it is then created and its ties can be accepted). */
export function ProposalsList({ proposals, nameOf, busy, onApprove }: { proposals: readonly Proposal[]; nameOf: (id: string) => string; busy: boolean; onApprove: (p: Proposal) => void }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="survey-proposals-title">
      <h4 id="survey-proposals-title">{t('surveyEditor.proposals.title', { count: proposals.length })}</h4>
      {proposals.length === 0 && <p className="muted">{t('surveyEditor.proposals.none')}</p>}
      <ul className="survey-proposals">
        {proposals.map((p) => (
          <li key={p.id} data-proposal-id={p.id}>
            <span>{t('surveyEditor.proposals.line', { name: p.name, kind: kindLabel(p.kind, language), place: p.place ? `, ${p.place}` : '', reporter: nameOf(p.reporterActorId) })}</span>{' '}
            {p.actorId ? (
              <span className="survey-accepted">{t('surveyEditor.proposals.approved', { id: p.actorId })}</span>
            ) : (
              <button type="button" className="secondary" disabled={busy} onClick={() => onApprove(p)}>
                {t('surveyEditor.proposals.approve', { name: p.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
