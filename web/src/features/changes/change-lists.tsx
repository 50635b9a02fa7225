import { relationKindNames, type Language, type RelationKind } from '@weefsel/graph-schema';
import { formatDay, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { messages, type MessageKey } from '../../i18n/messages';
import { relationLabel } from '../../i18n/schema-labels';
import { metricDigits, type MetricLine, type TieLine } from './changes-summary';

/** Ties listed per list; a whole region can change by thousands. */
const tiesShown = 100;

const isRelationKind = (kind: string): kind is RelationKind => (relationKindNames as readonly string[]).includes(kind);

export function TieList({ title, ties, testId }: { title: string; ties: TieLine[]; testId: string }) {
  const { t, language } = useI18n();
  return (
    <section>
      <h3>{title}</h3>
      {ties.length === 0 ? (
        <p>{t('changes.none')}</p>
      ) : (
        <ul className="tie-list" data-testid={testId}>
          {ties.slice(0, tiesShown).map((tie) => (
            <li key={tie.id} data-relation-id={tie.id}>
              {t('changes.tieLine', { source: tie.sourceName, target: tie.targetName })}{' '}
              <span className="muted">
                ({isRelationKind(tie.kind) ? relationLabel(tie.kind, language) : tie.kind}
                {tie.since ? `, ${formatDay(tie.since, language)}` : ''}
                {tie.until ? ` – ${formatDay(tie.until, language)}` : ''})
              </span>
            </li>
          ))}
          {ties.length > tiesShown && <li className="muted">{t('changes.more', { count: ties.length - tiesShown })}</li>}
        </ul>
      )}
    </section>
  );
}

function metricKey(metric: string): MessageKey | null {
  const key = `changes.metric.${metric}`;
  return key in messages.nl ? (key as MessageKey) : null;
}

const figure = (value: number | null, language: Language) => (value === null ? '–' : formatNumber(value, language, metricDigits));

/** The key figures on both days, with the direction in words as well as colour. */
export function MetricsTable({ metrics, from, to }: { metrics: MetricLine[]; from: string; to: string }) {
  const { t, language } = useI18n();
  return (
    <table className="metrics-table">
      <caption>{t('changes.metrics')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('changes.metric')}</th>
          <th scope="col">{t('changes.before', { day: formatDay(from, language) })}</th>
          <th scope="col">{t('changes.after', { day: formatDay(to, language) })}</th>
          <th scope="col">{t('changes.change')}</th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((line) => {
          const key = metricKey(line.metric);
          const sign = line.change !== null && line.change > 0 ? '+' : '';
          return (
            <tr key={line.metric}>
              <th scope="row">{key ? t(key) : line.metric}</th>
              <td>{figure(line.before, language)}</td>
              <td>{figure(line.after, language)}</td>
              <td className={`trend-${line.trend}`}>
                {line.change === null ? '' : `${sign}${figure(line.change, language)} `}({t(`changes.trend.${line.trend}`)})
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
