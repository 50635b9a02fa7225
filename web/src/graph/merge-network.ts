import type { Network } from '../api/network.types';

/**
 * The network with the actors and relations of `extra` added (an expanded neighbourhood, an
 * accepted suggestion). What the base already has wins; added actors outside it are drawn as
 * boundary partners, since they lie outside the chosen area or date, unless `asBoundary` says not
 * (an actor just created in this area).
 */
export function mergeNetworks(base: Network, extra: Pick<Network, 'nodes' | 'relations'>, options: { asBoundary?: (id: string) => boolean } = {}): Network {
  const nodeIds = new Set(base.nodes.map((node) => node.id));
  const relationIds = new Set(base.relations.map((relation) => relation.id));
  const nodes = [...base.nodes];
  for (const node of extra.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    nodes.push({ ...node, boundary: options.asBoundary?.(node.id) ?? true });
  }
  const relations = [...base.relations];
  for (const relation of extra.relations) {
    if (relationIds.has(relation.id)) continue;
    relationIds.add(relation.id);
    relations.push(relation);
  }
  return { ...base, nodes, relations };
}

/** Removes actors and relations by id (deleted while the view was open) and relations left without an end. */
export function withoutIds(network: Network, removed: ReadonlySet<string>): Network {
  if (removed.size === 0) return network;
  const nodes = network.nodes.filter((node) => !removed.has(node.id));
  const kept = new Set(nodes.map((node) => node.id));
  const relations = network.relations.filter(
    (relation) => !removed.has(relation.id) && kept.has(relation.source) && kept.has(relation.target),
  );
  return { ...network, nodes, relations };
}
