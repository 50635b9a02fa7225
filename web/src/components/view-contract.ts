import type { ViewTime } from '../api/view-time';

/**
 * What the app shell hands every analysis view (gaps, domains, neighbourhood, changes) and what a
 * view may ask of the shared network canvas. Views never touch Cytoscape themselves.
 */
export interface ViewScope extends ViewTime {
  /** The area analysed; null is the whole region. */
  areaId: string | null;
}

/** Actors and ties to bring forward in the network canvas (the rest is dimmed). */
export interface Highlight {
  nodes: string[];
  edges: string[];
  /** Shown above the canvas, e.g. the gap or the domain pair highlighted. */
  label?: string;
}

/** Marks drawn on the canvas by the gaps overlay toggle. */
export interface GapOverlay {
  isolated: string[];
  singlePointsOfFailure: string[];
  informalWithoutFormalTies: string[];
}

export interface AnalysisViewProps {
  scope: ViewScope;
  /** null clears the highlight. */
  onHighlight(highlight: Highlight | null): void;
  /** Opens the actor panel of this actor. */
  onSelectActor(actorId: string): void;
}

export interface GapsViewProps extends AnalysisViewProps {
  /** null switches the overlay off. */
  onOverlay(overlay: GapOverlay | null): void;
}
