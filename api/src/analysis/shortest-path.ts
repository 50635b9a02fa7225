import type { Relation } from '@weefsel/graph-schema';
import { tieBetween, type AnalysisGraph } from './analysis-graph';
import { bidirectional } from './graphology';

export interface ShortestPath {
  /** From the first actor to the last, both included. */
  actorIds: string[];
  /** The collaboration relations of each step (steps[i] links actorIds[i] and actorIds[i + 1]). */
  steps: Relation[][];
}

/**
 * A shortest chain of collaboration ties between two actors (fewest steps; ties are undirected, a
 * referral counts both ways), or null when none exists. Both must be nodes of the analysis graph.
 */
export function shortestPath(ag: AnalysisGraph, from: string, to: string): ShortestPath | null {
  if (from === to) return { actorIds: [from], steps: [] };
  const ids = bidirectional(ag.graphology(), from, to);
  if (!ids) return null;
  const index = (id: string) => ag.adjacency.indexOf.get(id) as number;
  const steps = ids.slice(1).map((id, i) => tieBetween(ag, index(ids[i] as string), index(id))?.relations ?? []);
  return { actorIds: ids, steps };
}
