import type { AnalysisGraph } from '../analysis-graph';
import type { AnalysisOptions } from '../analysis-options';
import { componentsOf, type Components } from '../components';
import { cutStructure, type CutStructure } from '../cut-structure';

/** What every gap finder needs, computed once per call. */
export interface GapContext {
  ag: AnalysisGraph;
  options: AnalysisOptions;
  components: Components;
  cuts: CutStructure;
  /** Node indices of the inside actors (boundary partners are never the subject of a gap). */
  inside: number[];
  nameOf(id: string): string;
  /** The areas an actor is placed in directly, as far as the scope shows them. */
  areasOf(ids: readonly string[]): string[];
}

export function gapContext(ag: AnalysisGraph, options: AnalysisOptions): GapContext {
  const placedIn = ag.placedIn();
  const inside = ag.adjacency.ids.map((_id, i) => i).filter((i) => ag.insideWeights[i] === 1);
  return {
    ag,
    options,
    components: componentsOf(ag.adjacency),
    cuts: cutStructure(ag.adjacency, ag.insideWeights),
    inside,
    nameOf: (id) => ag.actors.get(id)?.name ?? id,
    areasOf: (ids) => [...new Set(ids.flatMap((id) => placedIn.get(id) ?? []))],
  };
}
