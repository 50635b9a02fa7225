import { hasRole, surveyRoundStatuses } from '@weefsel/graph-schema';
import { useId, useState } from 'react';
import { useSession } from '../../components/session-context';
import { dataOf, useAsync } from '../../components/use-async';
import { ViewStatus } from '../../components/analysis/view-status';
import type { ViewScope } from '../../components/view-contract';
import { formatDay } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import '../../components/analysis/analysis-views.css';
import { CompareRoundsToggle } from './compare-rounds-toggle';
import { LinksSheet, type ShownLinks } from './links-sheet';
import { NewRoundForm } from './new-round-form';
import { RoundResults } from './round-results';
import { fetchActorName, fetchSurveyRounds } from './rounds.api';
import './survey-editor.css';

/**
 * The editors' "Netwerkbevraging" view: the rounds, a new round for the area in view, its personal
 * links (shown once) and a round's results. The tab is hidden below the editor role; this covers a
 * shared link to the view (the API refuses the data anyway).
 */
export function SurveyView({ scope }: { scope: ViewScope }) {
  const { state: session } = useSession();
  const { t } = useI18n();
  if (session.status !== 'user' || !hasRole(session.user.role, 'editor')) return <p className="notice">{t('surveyEditor.editorsOnly')}</p>;
  return <SurveyEditor areaId={scope.areaId} />;
}

function SurveyEditor({ areaId }: { areaId: string | null }) {
  const { t, language } = useI18n();
  const titleId = useId();
  const [version, setVersion] = useState(0);
  const rounds = useAsync(`rounds|${version}`, (signal) => fetchSurveyRounds(signal));
  const area = useAsync(areaId, (signal) => fetchActorName(areaId as string, signal));
  const [selected, setSelected] = useState<string | null>(null);
  const [links, setLinks] = useState<ShownLinks | null>(null);
  const areaData = area.status === 'ready' ? area.data : null;

  return (
    <section className="analysis-view survey-editor" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('surveyEditor.title')}</h2>
      <p className="view-intro">{t('surveyEditor.intro')}</p>
      {links && <LinksSheet shown={links} onHide={() => setLinks(null)} />}
      <div className="survey-editor-columns">
        <div className="survey-editor-side">
          {areaData ? (
            <NewRoundForm
              key={areaData.id}
              area={areaData}
              onCreated={(round, shown) => {
                setLinks(shown);
                setSelected(round.id);
                setVersion((current) => current + 1);
              }}
            />
          ) : (
            <p className="notice">{t('surveyEditor.create.needArea')}</p>
          )}
          <section aria-labelledby={`${titleId}-rounds`}>
            <h3 id={`${titleId}-rounds`}>{t('surveyEditor.rounds')}</h3>
            <ViewStatus state={rounds} loading={t('surveyEditor.loading')} failed={(message) => t('surveyEditor.failed', { message })} />
            {rounds.status === 'ready' && rounds.data.length === 0 && <p className="muted">{t('surveyEditor.none')}</p>}
            <ul className="survey-rounds">
              {(rounds.status === 'ready' ? rounds.data : []).map((round) => (
                <li key={round.id}>
                  <button type="button" className="survey-round-button" aria-pressed={selected === round.id} onClick={() => setSelected(round.id)}>
                    {t('surveyEditor.roundLine', {
                      title: round.title,
                      opensOn: formatDay(round.opensOn, language),
                      closesOn: formatDay(round.closesOn, language),
                      status: surveyRoundStatuses[round.status][language],
                    })}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <div className="survey-editor-main">
          {selected && <CompareRoundsToggle key={`compare-${selected}`} rounds={dataOf(rounds) ?? []} roundId={selected} />}
          {selected && <RoundResults key={selected} roundId={selected} onLinks={setLinks} onClosed={() => setVersion((current) => current + 1)} />}
        </div>
      </div>
    </section>
  );
}
