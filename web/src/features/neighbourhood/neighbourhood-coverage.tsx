import { formatDay } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { domainLabel, targetGroupLabel } from '../../i18n/schema-labels';
import type { NeighbourhoodAnswer } from './neighbourhood.api';
import { coveredCount, type CoverageEntry } from './coverage';

interface ListProps<V extends string> {
  title: string;
  entries: CoverageEntry<V>[];
  label: (value: V) => string;
  /** What is not recorded, said above the list; `none` when no actor has any (then nothing is "niemand"). */
  records: { note: string | null; none: boolean };
}

function CoverageList<V extends string>({ title, entries, label, records }: ListProps<V>) {
  const { t } = useI18n();
  const covered = coveredCount(entries);
  return (
    <section className="coverage">
      <h3>{title}</h3>
      <p className="muted">{records.none ? records.note : t('neighbourhood.coverageSummary', { covered, total: entries.length })}</p>
      {!records.none && records.note && <p className="muted coverage-records">{records.note}</p>}
      <dl className="coverage-list">
        {entries.map((entry) => (
          <div key={entry.value} style={{ display: 'contents' }}>
            <dt>{label(entry.value)}</dt>
            <dd className={entry.actorCount === 0 && !records.none ? 'coverage-missing' : undefined} style={{ margin: 0 }}>
              {records.none ? t('neighbourhood.notRecorded') : entry.actorCount === 0 ? t('neighbourhood.notCovered') : t('neighbourhood.covered', { count: entry.actorCount })}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * Which life domains and target groups the area's own actors cover, as the API's
 * areaCoverage answers it (the source of the gaps and of every reason that claims a lack); gaps in
 * words, not colour.
 */
export function NeighbourhoodCoverage({ coverage, area }: { coverage: NeighbourhoodAnswer['areaCoverage']; area: string }) {
  const { t, language } = useI18n();
  return (
    <>
      <p className="muted coverage-day">
        {coverage.asOf ? t('neighbourhood.coverageDay', { area, day: formatDay(coverage.asOf, language, 'long') }) : t('neighbourhood.coverageHistory', { area })}
      </p>
      <CoverageList title={t('neighbourhood.domainCoverage')} entries={coverage.domains} label={(domain) => domainLabel(domain, language)} records={domainRecords(coverage.records, area, t)} />
      <CoverageList
        title={t('neighbourhood.targetGroupCoverage')}
        entries={coverage.targetGroups}
        label={(group) => targetGroupLabel(group, language)}
        records={targetGroupRecords(coverage.records, area, t)}
      />
    </>
  );
}

type Records = NeighbourhoodAnswer['areaCoverage']['records'];
type Translate = ReturnType<typeof useI18n>['t'];

/** A lack of domains is claimed on the actors that have some: how many have none is said beside it. */
function domainRecords({ actors, withoutDomains }: Records, area: string, t: Translate): ListProps<string>['records'] {
  if (actors > 0 && withoutDomains === actors) return { none: true, note: t('neighbourhood.noDomainsRecorded', { area }) };
  return { none: false, note: withoutDomains > 0 ? t('neighbourhood.someWithoutDomains', { count: withoutDomains, actors }) : null };
}

/** An actor without target groups often serves everyone: only none at all is said. */
function targetGroupRecords({ actors, withoutTargetGroups }: Records, area: string, t: Translate): ListProps<string>['records'] {
  return actors > 0 && withoutTargetGroups === actors ? { none: true, note: t('neighbourhood.noTargetGroupsRecorded', { area }) } : { none: false, note: null };
}
