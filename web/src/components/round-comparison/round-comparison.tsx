import { hasRole } from '@weefsel/graph-schema';
import { useId, useState } from 'react';
import { formatDay, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { ViewStatus } from '../analysis/view-status';
import '../analysis/analysis-views.css';
import { useSession } from '../session-context';
import { useAsync } from '../use-async';
import { fetchComparisonRounds, fetchRoundComparison, type ComparisonRound } from './comparison.api';
import { defaultPair, figureRows, pairNames, roundsOf, type FigureRow, type RoundTarget } from './comparison-rows';
import './round-comparison.css';

/** Pairs listed before the rest of a list is folded away. */
const pairsShown = 6;

/** Whose rounds are compared: an area's (null, the whole region, has none) or a project's. */
export type SurveyRoundComparisonProps = ({ areaId: string | null; projectId?: undefined } | { projectId: string; areaId?: undefined }) & {
  /** The later round to start with (default: the latest); the earlier one is the round before it. */
  laterRoundId?: string | null;
};

/**
 * Two survey rounds of one area or one project side by side (`compareSurveyRounds`): the figures
 * of both with the change, and the new, kept and lost pairs by name. Shown to editors and admins
 * only, and only when the area or project has two rounds or more; for anyone else it renders
 * nothing and asks nothing.
 */
export function SurveyRoundComparison(props: SurveyRoundComparisonProps) {
  const { state: session } = useSession();
  const editor = session.status === 'user' && hasRole(session.user.role, 'editor');
  const target: RoundTarget | null = props.projectId ? { kind: 'project', id: props.projectId } : props.areaId ? { kind: 'area', id: props.areaId } : null;
  return editor && target !== null ? <ComparisonLoader target={target} laterRoundId={props.laterRoundId ?? null} /> : null;
}

function ComparisonLoader({ target, laterRoundId }: { target: RoundTarget; laterRoundId: string | null }) {
  const key = `${target.kind}|${target.id}`;
  const rounds = useAsync(`comparison-rounds|${key}`, (signal) => fetchComparisonRounds(signal));
  if (rounds.status !== 'ready') return null;
  const ofTarget = roundsOf(rounds.data, target);
  const pair = defaultPair(ofTarget, laterRoundId);
  return pair ? <ComparisonSection key={`${key}|${pair.later}`} rounds={ofTarget} initial={pair} target={target.kind} /> : null;
}

function ComparisonSection({ rounds, initial, target }: { rounds: ComparisonRound[]; initial: { earlier: string; later: string }; target: RoundTarget['kind'] }) {
  const { t, language } = useI18n();
  const titleId = useId();
  const earlierId = useId();
  const laterId = useId();
  const [pair, setPair] = useState(initial);
  const same = pair.earlier === pair.later;
  const state = useAsync(same ? null : `${pair.earlier}|${pair.later}`, (signal) => fetchRoundComparison(pair.earlier, pair.later, signal));
  const option = (round: ComparisonRound) => (
    <option key={round.id} value={round.id}>
      {t('changes.rounds.option', { title: round.title, opensOn: formatDay(round.opensOn, language) })}
    </option>
  );
  const data = state.status === 'ready' ? state.data : null;

  return (
    <section className="round-comparison" aria-labelledby={titleId} data-testid="round-comparison">
      <h3 id={titleId}>{t('changes.rounds.title')}</h3>
      <p className="view-intro">{t(target === 'project' ? 'changes.rounds.introProject' : 'changes.rounds.intro')}</p>
      <div className="round-comparison-picks">
        <label htmlFor={earlierId}>
          {t('changes.rounds.earlier')}
          <select id={earlierId} value={pair.earlier} aria-invalid={same} onChange={(event) => setPair({ ...pair, earlier: event.target.value })}>
            {rounds.map(option)}
          </select>
        </label>
        <label htmlFor={laterId}>
          {t('changes.rounds.later')}
          <select id={laterId} value={pair.later} aria-invalid={same} onChange={(event) => setPair({ ...pair, later: event.target.value })}>
            {rounds.map(option)}
          </select>
        </label>
      </div>
      {same && <p role="alert" className="error">{t('changes.rounds.sameRound')}</p>}
      {!same && <ViewStatus state={state} loading={t('changes.rounds.loading')} failed={(message) => t('changes.rounds.failed', { message })} />}
      {data && !same && (
        <>
          <FiguresTable rows={figureRows(data.comparison.earlier, data.comparison.later)} rounds={rounds} pair={pair} />
          <p className="view-summary" data-testid="round-pair-counts">
            {t('changes.rounds.summary', { new: data.comparison.newPairs.length, kept: data.comparison.keptPairs.length, lost: data.comparison.lostPairs.length })}
          </p>
          <div className="round-pair-lists">
            <PairList title={t('changes.rounds.new', { count: data.comparison.newPairs.length })} pairs={data.comparison.newPairs} names={data.names} kind="new" />
            <PairList title={t('changes.rounds.kept', { count: data.comparison.keptPairs.length })} pairs={data.comparison.keptPairs} names={data.names} kind="kept" />
            <PairList title={t('changes.rounds.lost', { count: data.comparison.lostPairs.length })} pairs={data.comparison.lostPairs} names={data.names} kind="lost" />
          </div>
        </>
      )}
    </section>
  );
}

function FiguresTable({ rows, rounds, pair }: { rows: FigureRow[]; rounds: ComparisonRound[]; pair: { earlier: string; later: string } }) {
  const { t, language } = useI18n();
  // The titles are in the selects above; the narrow side panel has room for "earlier round" and its day.
  const opened = (id: string) => {
    const round = rounds.find((candidate) => candidate.id === id);
    return round ? <span className="round-day">{formatDay(round.opensOn, language)}</span> : null;
  };
  const figure = (value: number | null, digits: number) => (value === null ? '–' : formatNumber(value, language, digits));
  return (
    <table className="metrics-table round-figures" data-testid="round-figures">
      <caption>{t('changes.rounds.caption')}</caption>
      <colgroup>
        <col className="round-figure-label" />
        <col span={2} className="round-figure-value" />
        <col className="round-figure-change" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('changes.rounds.figure')}</th>
          <th scope="col">
            {t('changes.rounds.earlier')} {opened(pair.earlier)}
          </th>
          <th scope="col">
            {t('changes.rounds.later')} {opened(pair.later)}
          </th>
          <th scope="col">{t('changes.rounds.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.figure} data-figure={row.figure}>
            <th scope="row">{t(`changes.rounds.${row.figure}`)}</th>
            <td>{figure(row.earlier, row.digits)}</td>
            <td>{figure(row.later, row.digits)}</td>
            <td className={`trend-${row.trend}`}>
              {row.change === null ? '' : `${row.change > 0 ? '+' : ''}${figure(row.change, row.digits)} `}
              <span className="round-trend">({t(`changes.trend.${row.trend}`)})</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PairList({ title, pairs, names, kind }: { title: string; pairs: readonly string[]; names: ReadonlyMap<string, string>; kind: 'new' | 'kept' | 'lost' }) {
  const { t } = useI18n();
  const item = (pair: string) => {
    const named = pairNames(pair, names);
    return <li key={named.key}>{t('changes.rounds.pair', { a: named.a, b: named.b })}</li>;
  };
  const rest = pairs.slice(pairsShown);
  return (
    <section className={`round-pairs round-pairs-${kind}`} data-testid={`round-pairs-${kind}`}>
      <h4>{title}</h4>
      {pairs.length === 0 ? (
        <p className="muted">{t('changes.rounds.none')}</p>
      ) : (
        <ul className="tie-list">{pairs.slice(0, pairsShown).map(item)}</ul>
      )}
      {rest.length > 0 && (
        <details>
          <summary>{t('changes.rounds.showRest', { count: rest.length })}</summary>
          <ul className="tie-list">{rest.map(item)}</ul>
        </details>
      )}
    </section>
  );
}
