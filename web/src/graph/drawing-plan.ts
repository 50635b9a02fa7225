import type { ElementDefinition } from 'cytoscape';
import type { LayoutName } from './layout-names';
import { placeMissing, type Point } from './place-missing';

/** Where the actors of a drawing go: at given positions, or laid out afresh by the chosen layout. */
export type DrawingPlan = { kind: 'at'; positions: Map<string, Point> } | { kind: 'layout' };

export interface DrawingInput {
  /** The element definitions to draw (actors with a position where the API gave one). */
  definitions: readonly ElementDefinition[];
  layout: LayoutName;
  /** Where the actors drawn so far are, before this change. */
  drawnBefore: ReadonlyMap<string, Point>;
  /** The same scope and date as the drawing so far (an edit or expanded partners, not another scope). */
  samePicture: boolean;
  /** Another layout was picked or the kept picture reset: lay out afresh unless every actor has a position. */
  layoutChosen: boolean;
}

/**
 * Every actor at its position when all have one (a large scope's computed layout, a kept picture);
 * after an edit in the same scope, the actors already drawn stay where people saw them and only new
 * ones are placed, next to a partner; otherwise (another scope, another layout picked, a reset) a
 * fresh layout. The community layout always lays out afresh (its circles are the point).
 */
export function planDrawing({ definitions, layout, drawnBefore, samePicture, layoutChosen }: DrawingInput): DrawingPlan {
  if (layout === 'community') return { kind: 'layout' };
  // Area boxes have no position of their own: they wrap their actors.
  const actors = definitions.filter((definition) => definition.group === 'nodes' && !definition.data.group);
  const given = new Map(actors.flatMap((definition) => (definition.position ? [[String(definition.data.id), definition.position] as const] : [])));
  if (actors.length > 0 && given.size === actors.length) return { kind: 'at', positions: given };
  const ids = actors.map((definition) => String(definition.data.id));
  const kept = ids.filter((id) => drawnBefore.has(id));
  if (layoutChosen || !samePicture || kept.length === 0) return { kind: 'layout' };
  const edges = definitions.filter((definition) => definition.group === 'edges').map((definition) => ({ source: String(definition.data.source), target: String(definition.data.target) }));
  return { kind: 'at', positions: placeMissing(ids, edges, drawnBefore) };
}
