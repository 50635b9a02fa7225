import type { ElementDefinition } from 'cytoscape';
import type { NodeElementData } from '../../graph/build-elements';
import type { AreaOverview } from '../../graph/area-overview';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel, kindPluralLabel } from '../../i18n/schema-labels';

/** Counts what the canvas draws, for screen readers and for anyone who wants the numbers. */
export function countElements(elements: ElementDefinition[]) {
  // Area groups (compound nodes) are drawn as boxes, not counted as actors.
  const nodes = elements.filter((element) => element.group === 'nodes' && !(element.data as { group?: boolean }).group);
  const edges = elements.filter((element) => element.group === 'edges');
  return {
    nodes: nodes.length,
    relations: edges.length,
    boundary: nodes.filter((node) => (node.data as NodeElementData).boundary).length,
  };
}

export function NetworkSummary({ elements, loading, overview }: { elements: ElementDefinition[]; loading: boolean; overview: AreaOverview | null }) {
  const { t, language } = useI18n();
  const counts = countElements(elements);
  if (overview && !loading) {
    const actors = overview.areas.reduce((sum, area) => sum + area.actors, 0);
    const ties = overview.ties.reduce((sum, tie) => sum + tie.ties, 0);
    return (
      <p className="network-summary" id="network-summary" role="status" data-areas={overview.areas.length} data-nodes={counts.nodes} data-relations={counts.relations}>
        {t('overviewSummary', { areas: overview.areas.length, kindOne: kindLabel(overview.kind, language).toLowerCase(), kindMany: kindPluralLabel(overview.kind, language).toLowerCase(), actors, ties })}
        {overview.unplaced > 0 && ` ${t('overviewUnplaced', { count: overview.unplaced })}`}
      </p>
    );
  }
  return (
    <p
      className="network-summary"
      id="network-summary"
      role="status"
      data-nodes={counts.nodes}
      data-relations={counts.relations}
      data-boundary={counts.boundary}
    >
      {loading ? t('networkLoading') : t('summary', counts)}
      {!loading && counts.boundary > 0 && ` ${t('summaryBoundary', counts)}`}
    </p>
  );
}
