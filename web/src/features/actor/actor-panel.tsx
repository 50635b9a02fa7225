import { isActiveOn, nodeKinds, relationStatuses, todayInBrussels } from '@weefsel/graph-schema';
import { useRef, type ReactNode } from 'react';
import type { ActorMetricRow } from '../../api/network.api';
import type { Network, NetworkActor } from '../../api/network.types';
import { formatDay, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { domainLabel, kindLabel, relationLabel, targetGroupLabel } from '../../i18n/schema-labels';
import { actorLifespan, tieDatesInPanel } from '../../i18n/tie-dates';
import { usePanelFocus } from '../../components/panel-focus';
import { tieArrow, tiesByKind, type Tie } from './ties';

export interface ActorPanelProps {
  actor: NetworkActor;
  network: Pick<Network, 'nodes' | 'relations'>;
  metrics: ActorMetricRow | null;
  /** The scope the metrics and ties are counted in, as people read it ("Kristus-Koning", "de hele regio"). */
  scopeName: string;
  /** The day in view (YYYY-MM-DD); null: the whole history, where no day is left out. */
  day: string | null;
  onSelectActor: (actorId: string) => void;
  /** Buttons for this actor (expand, edit, delete), composed by the app shell. */
  actions?: ReactNode;
  /** The recommendations section, composed by the app shell. */
  children?: ReactNode;
  /** Buttons for one tie (edit, delete), composed by the app shell. */
  tieActions?: (tie: Tie) => ReactNode;
}

/** Everything about one actor: properties, ties by kind, metrics, and (as children) its recommendations. */
export function ActorPanel({ actor, network, metrics, scopeName, day, onSelectActor, actions, children, tieActions }: ActorPanelProps) {
  const { t, language } = useI18n();
  const list = (labels: string[]) => (labels.length > 0 ? labels.join(', ') : t('common.none'));
  const ties = tiesByKind(actor.id, network.relations, network.nodes, language);
  const lifespan = actorLifespan(actor, language, t);
  // The views of the day leave it out, but it can still be selected here (just saved, or the area in view).
  const absent = day !== null && !isActiveOn(actor, day);
  const ended = day === null && actor.until !== null && actor.until < todayInBrussels();
  // Drawn faded for not being there that day, not for lying outside the area: its notice says which.
  const boundary = actor.boundary && !absent;
  const hidesPerson = actor.personalDataHidden && (nodeKinds[actor.kind].personalProperties as readonly string[]).length > 0;
  const detailsRef = useRef<HTMLElement>(null);
  usePanelFocus(actor.id, detailsRef);
  return (
    <>
      <section ref={detailsRef} tabIndex={-1} className="panel actor-details" aria-labelledby="selection-title" aria-live="polite">
        <h2 id="selection-title">{t('actor.title')}</h2>
        <p className="actor-name">{actor.name}</p>
        <p className="actor-kind">
          {kindLabel(actor.kind, language)} · {actor.formal ? t('actor.formal') : t('actor.informal')}
          {boundary ? ` · ${t('network.legend.boundary')}` : ''}
        </p>
        {lifespan && <p className="actor-lifespan">{lifespan}</p>}
        {absent && (
          <p className="notice actor-absent">{t(day > todayInBrussels() ? 'actor.lifespan.absentFuture' : 'actor.lifespan.absent', { day: formatDay(day, language) })}</p>
        )}
        {/* A partner outside the area is drawn with its ties into the area only: its figures say so, or they read as its whole network. */}
        {boundary && <p className="hint boundary-counts">{t('actor.boundaryCounts', { scope: scopeName })}</p>}
        {hidesPerson && <p className="hint">{t('actor.personalDataHidden')}</p>}
        {actor.description && <p>{actor.description}</p>}
        <dl>
          <dt>{t('actor.domains')}</dt>
          <dd>{list(actor.domains.map((domain) => domainLabel(domain, language)))}</dd>
          <dt>{t('actor.targetGroups')}</dt>
          <dd>{list(actor.targetGroups.map((group) => targetGroupLabel(group, language)))}</dd>
        </dl>
        {actions && <div className="actor-actions">{actions}</div>}
      </section>
      <section className="panel actor-metrics" aria-labelledby="metrics-title">
        <h2 id="metrics-title">{t('actor.metrics.title', { scope: scopeName })}</h2>
        {metrics ? (
          <dl>
            <dt>{t('actor.metrics.degree')}</dt>
            <dd>{metrics.degree}</dd>
            <dt>{t('actor.metrics.betweenness')}</dt>
            <dd>{formatNumber(metrics.betweenness, language)}</dd>
            <dt>{t('actor.metrics.pagerank')}</dt>
            <dd>{formatNumber(metrics.pagerank, language)}</dd>
            <dt>{t('actor.metrics.closeness')}</dt>
            <dd>{formatNumber(metrics.closeness, language)}</dd>
            <dt>{t('actor.metrics.community')}</dt>
            <dd>{metrics.community + 1}</dd>
            {metrics.articulationPoint && <dd className="warning">{t('actor.metrics.articulationPoint')}</dd>}
          </dl>
        ) : (
          <p>{t(absent ? 'actor.metrics.absent' : 'actor.metrics.none')}</p>
        )}
      </section>
      <section className="panel actor-ties" aria-labelledby="ties-title">
        <h2 id="ties-title">{t('actor.ties.title', { count: ties.reduce((sum, [, each]) => sum + each.length, 0) })}</h2>
        {ties.length === 0 && <p>{t('actor.ties.none')}</p>}
        {ties.map(([kind, each]) => (
          <div key={kind} className="tie-group">
            <h3>{relationLabel(kind, language)}</h3>
            <ul>
              {each.map((tie) => (
                <li key={tie.relation.id} data-relation-id={tie.relation.id} data-status={tie.relation.status}>
                  {tieArrow(tie)}
                  {tie.partner ? (
                    <button type="button" className="link" onClick={() => onSelectActor(tie.partnerId)}>
                      {tie.partner.name}
                    </button>
                  ) : (
                    tie.partnerId
                  )}
                  {tie.relation.status !== 'ACTIVE' && <span className="hint"> ({relationStatuses[tie.relation.status][language]})</span>}
                  {(tie.relation.since || tie.relation.until || actor.until || tie.partner?.until) && (
                    <span className="hint tie-dates"> · {tieDatesInPanel(tie.relation, actor, tie.partner, language, t)}</span>
                  )}
                  {tieActions && <div className="tie-actions">{tieActions(tie)}</div>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      {/* No partners to suggest on a day it did not exist (the API has no such actor that day), nor, in the whole history, once it has ended. */}
      {ended && (
        <section className="panel" aria-labelledby="ended-partners-title">
          <h2 id="ended-partners-title">{t('actor.recommend.title')}</h2>
          <p className="actor-ended">{t('actor.lifespan.endedNoPartners')}</p>
        </section>
      )}
      {!absent && !ended && children}
    </>
  );
}
