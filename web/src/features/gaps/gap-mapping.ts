import type { GapOverlay, Highlight } from '../../components/view-contract';
import { tiesHighlight } from '../../components/analysis/highlight';

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW';

/** The little of a gap that highlighting and the overlay need. */
export interface GapLike {
  id: string;
  kind: string;
  severity: Severity;
  /** The subject first (the API's order). */
  actors: { id: string }[];
  relations: { id: string; source: string; target: string }[];
}

export const severityOrder: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW'];

/** Gaps grouped by severity, most severe first, empty groups left out, the API's order kept within a group. */
export function groupBySeverity<G extends GapLike>(gaps: readonly G[]): { severity: Severity; gaps: G[] }[] {
  return severityOrder
    .map((severity) => ({ severity, gaps: gaps.filter((gap) => gap.severity === severity) }))
    .filter((group) => group.gaps.length > 0);
}

/** Whether a gap concerns actors or ties to mark on the map; a lack (a domain nobody covers) has none. */
export function gapHasMarks(gap: GapLike): boolean {
  return gap.actors.length > 0 || gap.relations.length > 0;
}

/** The actors and ties a gap concerns, with both ends of its ties; edges are relation ids. */
export function gapHighlight(gap: GapLike, label?: string): Highlight {
  return tiesHighlight(gap.actors.map((actor) => actor.id), gap.relations, label);
}

/** Which gap kinds mark which overlay layer; the subject of a gap is its first actor. */
const overlayLayers: Record<keyof GapOverlay, readonly string[]> = {
  isolated: ['ISOLATED_ACTOR'],
  // A broker is a cut vertex too: removing it cuts off several actors.
  singlePointsOfFailure: ['ARTICULATION_POINT', 'BROKER_DEPENDENCE'],
  informalWithoutFormalTies: ['INFORMAL_WITHOUT_FORMAL'],
};

/** The overlay marks derived from a gap report: each actor once per layer, in the report's order. */
export function gapOverlay(gaps: readonly GapLike[]): GapOverlay {
  const layer = (kinds: readonly string[]) => [
    ...new Set(gaps.flatMap((gap) => (kinds.includes(gap.kind) && gap.actors[0] ? [gap.actors[0].id] : []))),
  ];
  return {
    isolated: layer(overlayLayers.isolated),
    singlePointsOfFailure: layer(overlayLayers.singlePointsOfFailure),
    informalWithoutFormalTies: layer(overlayLayers.informalWithoutFormalTies),
  };
}
