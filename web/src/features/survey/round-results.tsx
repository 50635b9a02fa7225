import { reciprocityKinds } from '@weefsel/graph-schema';
import { DataExport } from '../../components/data-export';
import { dataOf } from '../../components/use-async';
import { ViewStatus } from '../../components/analysis/view-status';
import { formatPercent } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { AcceptRuleForm } from './accept-rule-form';
import { ActorAverages } from './actor-averages';
import { CloseRoundButton } from './close-round-button';
import { ExportAnswersButton } from './export-answers-button';
import type { ShownLinks } from './links-sheet';
import { PairsTable } from './pairs-table';
import { ProposalsList } from './proposals-list';
import { RespondentsTable } from './respondents-table';
import { pairRows, reciprocityCounts } from './results-rows';
import { acceptSurveyTie, acceptSurveyTies, approveSurveyProposal, closeSurveyRound, exportSurveyNetwork, reissueSurveyLink, revokeSurveyLink } from './rounds.api';
import { useRoundResults } from './use-round-results';

/** One round's results: response, reported pairs to accept, proposed actors, averages, and the invited actors' links. */
export function RoundResults({ roundId, onLinks, onClosed }: { roundId: string; onLinks: (shown: ShownLinks) => void; onClosed: () => void }) {
  const { t, language } = useI18n();
  const { state, run, busy, outcome, failed } = useRoundResults(roundId);
  const data = dataOf(state);
  if (!data) return <ViewStatus state={state} loading={t('surveyEditor.results.loading')} failed={(message) => t('surveyEditor.results.failed', { message })} />;
  const { results, names } = data;
  const nameOf = (id: string) => names.get(id) ?? id;
  const rows = pairRows(results, nameOf);

  return (
    <section className="survey-results" aria-labelledby="survey-results-title" data-round-id={roundId}>
      <h3 id="survey-results-title">{t('surveyEditor.results.heading', { title: results.round.title })}</h3>
      <ViewStatus state={state} loading={t('surveyEditor.results.loading')} failed={(message) => t('surveyEditor.results.failed', { message })} />
      <p className="view-summary survey-rate" data-answered={results.answered} data-invited={results.invited}>
        {t('surveyEditor.results.rate', { answered: results.answered, invited: results.invited, rate: formatPercent(results.responseRate, language) })}
      </p>
      <div className="survey-row">
        <ExportAnswersButton roundId={roundId} busy={busy} run={(action) => void run(action, (file) => ({ message: 'surveyEditor.results.exported', params: { file } }))} />
        {results.round.status === 'OPEN' && (
          <CloseRoundButton title={results.round.title} busy={busy} onClose={() => void run(() => closeSurveyRound(roundId), () => ({ message: 'surveyEditor.closed', params: {} })).then(onClosed)} />
        )}
      </div>
      <DataExport label={t('surveyEditor.results.network')} load={(format, lang) => exportSurveyNetwork(roundId, format, lang)} />
      <p role="status" className={failed ? 'error' : 'survey-outcome'}>
        {outcome ?? ''}
      </p>
      <section aria-labelledby="survey-pairs-title">
        <h4 id="survey-pairs-title">{t('surveyEditor.pairs.title', { count: results.pairs.length })}</h4>
        <ul className="survey-counts">
          {reciprocityCounts(results.pairs).map(({ reciprocity, count }) => (
            <li key={reciprocity} data-reciprocity={reciprocity} data-count={count}>
              <span className={`survey-reciprocity survey-reciprocity-${reciprocity.toLowerCase()}`}>{reciprocityKinds[reciprocity][language]}</span>: {count}
            </li>
          ))}
        </ul>
        <AcceptRuleForm busy={busy} onApply={(rule) => void run(() => acceptSurveyTies(roundId, rule), (done) => ({ message: 'surveyEditor.rule.done', params: done }))} />
        {rows.length > 0 && (
          <div className="survey-scroll">
            <PairsTable rows={rows} nameOf={nameOf} busy={busy} onAccept={(key) => void run(() => acceptSurveyTie(roundId, key), (id) => ({ message: 'surveyEditor.accepted', params: { id } }))} />
          </div>
        )}
      </section>
      <ProposalsList proposals={results.proposals} nameOf={nameOf} busy={busy} onApprove={(p) => void run(() => approveSurveyProposal(roundId, p.id), (id) => ({ message: 'surveyEditor.proposals.approved', params: { id } }))} />
      {results.actorScores.length > 0 && (
        <div className="survey-scroll">
          <ActorAverages scores={results.actorScores} nameOf={nameOf} />
        </div>
      )}
      <RespondentsTable
        respondents={results.respondents}
        busy={busy}
        onRevoke={(r) => void run(() => revokeSurveyLink(roundId, r.invitationId), () => ({ message: 'surveyEditor.revoked', params: { name: r.actorName } }))}
        onReissue={(r) =>
          void run(
            () => reissueSurveyLink(roundId, r.invitationId),
            (link) => {
              onLinks({ title: results.round.title, links: [{ ...link, name: r.actorName }] });
              return { message: 'surveyEditor.links.title', params: { title: r.actorName } };
            },
          )
        }
      />
    </section>
  );
}
