import type { ElementDefinition } from 'cytoscape';
import type { NodeElementData } from '../../graph/build-elements';
import type { AreaOverview } from '../../api/area-overview.api';
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

/** `overviewFirst`: the overview is shown because the scope is large, not because the user chose it. */
export function NetworkSummary({ elements, loading, overview, overviewFirst }: { elements: ElementDefinition[]; loading: boolean; overview: AreaOverview | null; overviewFirst: boolean }) {
  const { t, language } = useI18n();
  const counts = countElements(elements);
  if (overview?.childKind && !loading) {
    const kind = overview.childKind;
    // Actors in two areas are counted once here, though each area counts them.
    const actors = overview.actors - overview.unplaced;
    const ties = overview.ties.reduce((sum, tie) => sum + tie.ties, 0);
    return (
      <p className="network-summary" id="network-summary" role="status" data-areas={overview.areas.length} data-nodes={counts.nodes} data-relations={counts.relations}>
        {t('network.overview.summary', { areas: overview.areas.length, kindOne: kindLabel(kind, language).toLowerCase(), kindMany: kindPluralLabel(kind, language).toLowerCase(), actors, ties })}
        {overview.unplaced > 0 && ` ${t('network.overview.unplaced', { count: overview.unplaced })}`}
        {overviewFirst && ` ${t('network.overview.first', { count: overview.actors })}`}
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
      {loading ? t('network.loading') : t('network.summary', counts)}
      {!loading && counts.boundary > 0 && ` ${t('network.summaryBoundary', counts)}`}
    </p>
  );
}
