import type { Highlight } from '../../components/view-contract';

export interface CoverageEntry<V extends string> {
  value: V;
  /** The area's own actors working in this domain or for this target group (from the API's areaCoverage). */
  actorCount: number;
}

/** How many of the entries someone in the area covers: "6 van 11". */
export function coveredCount(entries: readonly CoverageEntry<string>[]): number {
  return entries.filter((entry) => entry.actorCount > 0).length;
}

/** A suggested collaboration: the two actors it would tie (no tie exists yet). */
export function suggestionHighlight(suggestion: { from: { id: string }; to: { id: string } }, label?: string): Highlight {
  return { nodes: [suggestion.from.id, suggestion.to.id], edges: [], ...(label ? { label } : {}) };
}
