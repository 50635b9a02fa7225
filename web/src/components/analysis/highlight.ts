import type { Highlight } from '../view-contract';

/**
 * A highlight of some actors and ties: the actors plus both ends of every tie (so a tie is never
 * drawn with a dimmed end), each once. Edges are relation ids as the API gives them.
 */
export function tiesHighlight(
  actorIds: readonly string[],
  relations: readonly { id: string; source: string; target: string }[],
  label?: string,
): Highlight {
  const nodes = new Set(actorIds);
  for (const relation of relations) {
    nodes.add(relation.source);
    nodes.add(relation.target);
  }
  return { nodes: [...nodes], edges: relations.map((relation) => relation.id), ...(label ? { label } : {}) };
}
