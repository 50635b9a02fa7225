import { surveyLabels } from '@weefsel/graph-schema';
import { useI18n } from '../../i18n/i18n-context';
import type { SurveyResults } from './rounds.api';
import { ScoreCell } from './score-cell';

/** Per actor, the average value and trust (and their items) others reported about it, most often named first. */
export function ActorAverages({ scores, nameOf }: { scores: SurveyResults['actorScores']; nameOf: (id: string) => string }) {
  const { t, language } = useI18n();
  const sorted = [...scores].sort((a, b) => b.namedBy - a.namedBy || nameOf(a.actorId).localeCompare(nameOf(b.actorId), 'nl'));
  return (
    <table className="survey-table">
      <caption>{t('surveyEditor.averages.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('surveyEditor.links.actor')}</th>
          <th scope="col">{t('surveyEditor.averages.namedBy')}</th>
          <th scope="col">{surveyLabels.value[language]}</th>
          <th scope="col">{surveyLabels.trust[language]}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((score) => (
          <tr key={score.actorId}>
            <th scope="row">{nameOf(score.actorId)}</th>
            <td>{score.namedBy}</td>
            <td>
              <ScoreCell dimension="value" average={score.averageValue} items={score.averageValueItems} />
            </td>
            <td>
              <ScoreCell dimension="trust" average={score.averageTrust} items={score.averageTrustItems} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
