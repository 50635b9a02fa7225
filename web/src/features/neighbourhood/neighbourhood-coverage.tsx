import { formatDay } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { domainLabel, targetGroupLabel } from '../../i18n/schema-labels';
import type { NeighbourhoodAnswer } from './neighbourhood.api';
import { coveredCount, type CoverageEntry } from './coverage';

function CoverageList<V extends string>({ title, entries, label }: { title: string; entries: CoverageEntry<V>[]; label: (value: V) => string }) {
  const { t } = useI18n();
  const covered = coveredCount(entries);
  return (
    <section className="coverage">
      <h3>{title}</h3>
      <p className="muted">{t('neighbourhood.coverageSummary', { covered, total: entries.length })}</p>
      <dl className="coverage-list">
        {entries.map((entry) => (
          <div key={entry.value} style={{ display: 'contents' }}>
            <dt>{label(entry.value)}</dt>
            <dd className={entry.actorCount === 0 ? 'coverage-missing' : undefined} style={{ margin: 0 }}>
              {entry.actorCount === 0 ? t('neighbourhood.notCovered') : t('neighbourhood.covered', { count: entry.actorCount })}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * Which life domains and target groups the neighbourhood's own actors cover, as the API's
 * areaCoverage answers it (the source of the gaps and of every reason that claims a lack); gaps in
 * words, not colour.
 */
export function NeighbourhoodCoverage({ coverage }: { coverage: NeighbourhoodAnswer['areaCoverage'] }) {
  const { t, language } = useI18n();
  return (
    <>
      <p className="muted coverage-day">
        {coverage.asOf ? t('neighbourhood.coverageDay', { day: formatDay(coverage.asOf, language, 'long') }) : t('neighbourhood.coverageHistory')}
      </p>
      <CoverageList title={t('neighbourhood.domainCoverage')} entries={coverage.domains} label={(domain) => domainLabel(domain, language)} />
      <CoverageList title={t('neighbourhood.targetGroupCoverage')} entries={coverage.targetGroups} label={(group) => targetGroupLabel(group, language)} />
    </>
  );
}
