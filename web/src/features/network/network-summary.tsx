import type { ElementDefinition } from 'cytoscape';
import type { NodeElementData } from '../../graph/build-elements';
import { useI18n } from '../../i18n/i18n-context';

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

export function NetworkSummary({ elements, loading }: { elements: ElementDefinition[]; loading: boolean }) {
  const { t } = useI18n();
  const counts = countElements(elements);
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
