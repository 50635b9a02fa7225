import { useId, useState } from 'react';
import { acceptSuggestion, fetchRecommendations, type PartnerRecommendation, type RecommendRanking } from '../../api/actor.api';
import type { NetworkRelation } from '../../api/network.types';
import { timeKey } from '../../api/view-time';
import type { ViewScope } from '../../components/view-contract';
import { formatScore } from '../../i18n/format';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel } from '../../i18n/schema-labels';
import { useAsync } from '../../components/use-async';

export interface RecommendationsProps {
  actorId: string;
  /** The area and time in view: the reasons' claims about what an area lacks speak of them. */
  scope: ViewScope;
  canAccept: boolean;
  /** Ids of actors this actor already has a relation with (an accepted suggestion is one). */
  tiedTo: ReadonlySet<string>;
  onAccepted: (relation: NetworkRelation, partner: PartnerRecommendation['actor']) => void;
  onSelectActor: (actorId: string) => void;
}

const rankings: { value: RecommendRanking; label: 'actor.recommend.ranking.balanced' | 'actor.recommend.ranking.likely' | 'actor.recommend.ranking.valuable' }[] = [
  { value: 'BALANCED', label: 'actor.recommend.ranking.balanced' },
  { value: 'LIKELY', label: 'actor.recommend.ranking.likely' },
  { value: 'VALUABLE', label: 'actor.recommend.ranking.valuable' },
];

/**
 * Partner recommendations with their two scores (how likely the tie is, what it would bring) and the
 * reasons of each in the UI language, in the order the user chooses; editors can accept one as a
 * planned tie.
 */
export function Recommendations({ actorId, scope, canAccept, tiedTo, onAccepted, onSelectActor }: RecommendationsProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [ranking, setRanking] = useState<RecommendRanking>('BALANCED');
  const recommendations = useAsync(`recommend:${actorId}|${scope.areaId ?? ''}|${timeKey(scope)}|${ranking}`, (signal) => fetchRecommendations(actorId, scope, ranking, signal));

  const accept = async (recommendation: PartnerRecommendation) => {
    setBusy(recommendation.actor.id);
    try {
      const relation = await acceptSuggestion(actorId, recommendation.actor.id);
      onAccepted(relation, recommendation.actor);
      setStatus(t('actor.recommend.accepted', { name: recommendation.actor.name }));
    } catch (error) {
      setStatus(t('actor.recommend.acceptFailed', { message: describeError(error, language) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="panel recommendations" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('actor.recommend.title')}</h2>
      <label className="recommendation-ranking">
        {t('actor.recommend.ranking.label')}{' '}
        <select value={ranking} onChange={(event) => setRanking(event.target.value as RecommendRanking)}>
          {rankings.map((r) => (
            <option key={r.value} value={r.value}>
              {t(r.label)}
            </option>
          ))}
        </select>
      </label>
      {recommendations.status === 'loading' && <p>{t('common.loading')}</p>}
      {recommendations.status === 'error' && (
        <p role="alert" className="error">
          {t('actor.recommend.failed', { message: recommendations.message })}
        </p>
      )}
      {recommendations.status === 'ready' && recommendations.data.items.length === 0 && <p>{t('actor.recommend.none')}</p>}
      {recommendations.status === 'ready' && recommendations.data.items.length > 0 && scope.areaId !== null && recommendations.data.regionCommunity !== null && (
        <p className="hint region-community" data-region-community={recommendations.data.regionCommunity}>
          {t('actor.recommend.regionCommunity', { number: recommendations.data.regionCommunity + 1 })}
        </p>
      )}
      {recommendations.status === 'ready' && recommendations.data.items.length > 0 && (
        <ol className="recommendation-list" data-ranking={ranking}>
          {recommendations.data.items.map((recommendation) => {
            const accepted = tiedTo.has(recommendation.actor.id);
            return (
              <li
                key={recommendation.actor.id}
                data-actor-id={recommendation.actor.id}
                data-area-id={recommendation.area?.id ?? ''}
                data-missing-domains={recommendation.areaMissingDomains.join(' ')}
                data-missing-target-groups={recommendation.areaMissingTargetGroups.join(' ')}
                data-value={recommendation.value}
                data-relative-likelihood={recommendation.relativeLikelihood}
              >
                <button type="button" className="link" onClick={() => onSelectActor(recommendation.actor.id)}>
                  {recommendation.actor.name}
                </button>{' '}
                <span className="hint">
                  {kindLabel(recommendation.actor.kind, language)} · {t('actor.recommend.likelihood', { score: formatScore(recommendation.relativeLikelihood, language) })} ·{' '}
                  {t('actor.recommend.value', { score: formatScore(recommendation.value, language) })}
                </span>
                <p className="explanation likelihood-reasons">
                  <strong>{t('actor.recommend.whyLikely')}</strong> {recommendation.likelihoodExplanation[language]}
                </p>
                <p className="explanation value-reasons">
                  <strong>{t('actor.recommend.whyValuable')}</strong> {recommendation.valueExplanation[language]}
                </p>
                {canAccept &&
                  (accepted ? (
                    <p className="hint">{t('actor.recommend.alreadyTied')}</p>
                  ) : (
                    <button type="button" disabled={busy !== null} onClick={() => accept(recommendation)}>
                      {t('actor.recommend.accept', { name: recommendation.actor.name })}
                    </button>
                  ))}
              </li>
            );
          })}
        </ol>
      )}
      <p role="status" className="status-message">
        {status}
      </p>
    </section>
  );
}
