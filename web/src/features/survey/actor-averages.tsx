import { surveyLabels } from '@weefsel/graph-schema';
import { useI18n } from '../../i18n/i18n-context';
import { formatNumber } from '../../i18n/format';
import type { SurveyResults } from './rounds.api';

/** Per actor, the average value and trust others reported about it, most often named first. */
export function ActorAverages({ scores, nameOf }: { scores: SurveyResults['actorScores']; nameOf: (id: string) => string }) {
  const { t, language } = useI18n();
  const average = (value: number | null | undefined) => (value == null ? '–' : formatNumber(value, language, 1));
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
            <td>{average(score.averageValue)}</td>
            <td>{average(score.averageTrust)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
