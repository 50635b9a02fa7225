import type { NetworkActor } from '../../api/network.types';
import { useI18n } from '../../i18n/i18n-context';
import { domainLabel, kindLabel, targetGroupLabel } from '../../i18n/schema-labels';

/** The selected actor in words, so what the canvas highlights can also be read. */
export function ActorDetails({ actor }: { actor: NetworkActor | null }) {
  const { t, language } = useI18n();
  const list = (labels: string[]) => (labels.length > 0 ? labels.join(', ') : t('none'));
  return (
    <section className="panel actor-details" aria-labelledby="selection-title" aria-live="polite">
      <h2 id="selection-title">{t('selectionTitle')}</h2>
      {actor ? (
        <>
          <p className="actor-name">{actor.name}</p>
          <p className="actor-kind">
            {kindLabel(actor.kind, language)} · {actor.formal ? t('selectionFormal') : t('selectionInformal')}
          </p>
          {actor.description && <p>{actor.description}</p>}
          <dl>
            <dt>{t('selectionDomains')}</dt>
            <dd>{list(actor.domains.map((domain) => domainLabel(domain, language)))}</dd>
            <dt>{t('selectionTargetGroups')}</dt>
            <dd>{list(actor.targetGroups.map((group) => targetGroupLabel(group, language)))}</dd>
          </dl>
        </>
      ) : (
        <p>{t('selectionNone')}</p>
      )}
    </section>
  );
}
