import { tieKinds, type NodeKind } from '@weefsel/graph-schema';
import type { ElementDefinition } from 'cytoscape';
import type { NodeElementData } from '../../graph/build-elements';
import type { AreaOverview } from '../../api/area-overview.api';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel, kindPluralLabel } from '../../i18n/schema-labels';

/**
 * Counts what the canvas draws, for screen readers and for anyone who wants the numbers. Actors are
 * the drawn nodes that can hold a tie, as the analysis counts them; a neighbourhood drawn as the
 * place its actors are active in is counted apart, per kind, so "7 actoren" here and "6 actoren en de
 * buurt" elsewhere cannot both be said of one area.
 */
export function countElements(elements: ElementDefinition[]) {
  // Area groups (compound nodes) are drawn as boxes, not counted at all.
  const nodes = elements.filter((element) => element.group === 'nodes' && !(element.data as { group?: boolean }).group).map((node) => node.data as NodeElementData);
  const actors = nodes.filter((node) => tieKinds.has(node.kind));
  const places = new Map<NodeKind, number>();
  for (const node of nodes) if (!tieKinds.has(node.kind)) places.set(node.kind, (places.get(node.kind) ?? 0) + 1);
  return {
    nodes: nodes.length,
    actors: actors.length,
    places: [...places],
    relations: elements.filter((element) => element.group === 'edges').length,
    boundary: actors.filter((node) => node.boundary).length,
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
    const perArea = overview.areas.reduce((sum, area) => sum + area.actors, 0);
    return (
      <p className="network-summary" id="network-summary" role="status" data-areas={overview.areas.length} data-nodes={counts.nodes} data-relations={counts.relations}>
        {t('network.overview.summary', { areas: overview.areas.length, kindOne: kindLabel(kind, language).toLowerCase(), kindMany: kindPluralLabel(kind, language).toLowerCase(), actors, ties, within: overview.tiesWithin })}
        {perArea > actors && ` ${t('network.overview.shared', { kindOne: kindLabel(kind, language).toLowerCase(), sum: perArea })}`}
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
      data-actors={counts.actors}
      data-relations={counts.relations}
      data-boundary={counts.boundary}
    >
      {loading ? t('network.loading') : t('network.summary', { actors: counts.actors, relations: counts.relations })}
      {!loading && counts.boundary > 0 && ` ${t('network.summaryBoundary', { boundary: counts.boundary })}`}
      {!loading &&
        counts.places.map(([kind, count]) => ` ${t('network.summaryPlaces', { count, kindOne: kindLabel(kind, language).toLowerCase(), kindMany: kindPluralLabel(kind, language).toLowerCase() })}`)}
    </p>
  );
}
