import { useI18n } from '../../i18n/i18n-context';
import { formatTimestamp } from '../../i18n/format';
import { reminders } from './results-rows';
import type { SurveyResults } from './rounds.api';

type Respondent = SurveyResults['respondents'][number];

/** Every invited actor with where its answer stands, the reminders list, and its link's actions. */
export function RespondentsTable({ respondents, busy, onRevoke, onReissue }: { respondents: readonly Respondent[]; busy: boolean; onRevoke: (r: Respondent) => void; onReissue: (r: Respondent) => void }) {
  const { t, language } = useI18n();
  const status = (r: Respondent) => {
    if (r.revoked) return t('surveyEditor.status.revoked');
    if (r.submittedAt) return t('surveyEditor.status.submitted', { time: formatTimestamp(r.submittedAt, language) });
    if (r.draftSavedAt) return t('surveyEditor.status.draft', { time: formatTimestamp(r.draftSavedAt, language) });
    if (r.lastSeenAt) return t('surveyEditor.status.seen', { time: formatTimestamp(r.lastSeenAt, language) });
    return t('surveyEditor.status.unseen');
  };
  const toRemind = reminders(respondents);
  return (
    <section aria-labelledby="survey-respondents-title">
      <h4 id="survey-respondents-title">{t('surveyEditor.respondents.title', { count: respondents.length })}</h4>
      <p className="survey-reminders">
        {toRemind.length === 0 ? t('surveyEditor.respondents.allAnswered') : t('surveyEditor.respondents.reminders', { names: toRemind.map((r) => r.actorName).join(', ') })}
      </p>
      <table className="survey-table">
        <thead>
          <tr>
            <th scope="col">{t('surveyEditor.links.actor')}</th>
            <th scope="col">{t('surveyEditor.respondents.status')}</th>
            <th scope="col">{t('surveyEditor.respondents.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {[...respondents]
            .sort((a, b) => a.actorName.localeCompare(b.actorName, 'nl'))
            .map((r) => (
              <tr key={r.invitationId} data-actor-id={r.actorId}>
                <th scope="row">{r.actorName}</th>
                <td>{status(r)}</td>
                <td className="survey-row">
                  {!r.revoked && (
                    <button type="button" className="secondary" disabled={busy} aria-label={`${t('surveyEditor.revoke')}: ${r.actorName}`} onClick={() => onRevoke(r)}>
                      {t('surveyEditor.revoke')}
                    </button>
                  )}
                  <button type="button" className="secondary" disabled={busy} aria-label={`${t('surveyEditor.reissue')}: ${r.actorName}`} onClick={() => onReissue(r)}>
                    {t('surveyEditor.reissue')}
                  </button>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
