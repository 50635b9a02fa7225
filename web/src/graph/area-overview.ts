import { nodeKinds, type NodeKind } from '@weefsel/graph-schema';
import type { ElementDefinition } from 'cytoscape';
import type { AreaOverview, OverviewArea } from '../api/area-overview.api';
import type { ShowMode } from '../components/url-state';
import { elementClasses, nodeSize, type NodeElementData } from './build-elements';
import { labelMaxWidthEm } from './label-placement';
import { overviewPositions } from './overview-layout';
import { measuredPx, widestLine } from './text-widths';

/**
 * A scope of more actors than this opens as its areas unless the address says otherwise. Measured
 * on the demo at 1366 x 768 (docs/map.md, Labels): a care zone of up to about 110 actors gets 42-100%
 * of its actors named on the map, the whole region's 228 actors (188 besides its municipalities and
 * care zones; 279 nodes with the neighbourhoods) about 9%.
 * Above 150 actors a first screen of actors is mostly unnamed dots; the areas say more.
 */
export const overviewFirstAbove = 150;

/**
 * What the map shows: the user's choice (`show` in the address), else the areas when the scope has
 * more than `overviewFirstAbove` actors in more than one area, else its actors (one box would say
 * nothing the area trail does not). Areas only where some lie below (not in a neighbourhood). Null
 * while the overview that decides it is not in yet; actors when it failed.
 */
export function shownAs(chosen: ShowMode | null, overview: Pick<AreaOverview, 'childKind' | 'actors' | 'areas'> | 'failed' | null): ShowMode | null {
  if (chosen === 'actors' || overview === 'failed') return 'actors';
  if (overview === null) return null;
  if (overview.childKind === null) return 'actors';
  if (chosen === 'areas') return 'areas';
  return overview.actors > overviewFirstAbove && overview.areas.length > 1 ? 'areas' : 'actors';
}

/**
 * Classes of the overview's elements: the stylesheet sizes the bundled ties by their count, and
 * only an area node can be opened by zooming into it.
 */
export const overviewClasses = { area: 'overview-area', tie: 'overview-tie' } as const;

/** A line between two areas of the overview: `width` in pixels at zoom 1, from the count of its ties. */
export interface OverviewTieData {
  id: string;
  source: string;
  target: string;
  ties: number;
  width: number;
}

/** Characters of an area's name in its overview label: with its count, it stays within the widest label drawn. */
export const overviewNameLength = 28;

/**
 * An area's name as its overview label shows it: a long one (a Norwegian county's name in three
 * languages) ends in an ellipsis of its own, so that the map's ellipsis never takes the actor count.
 */
export function shortAreaName(name: string): string {
  return name.length <= overviewNameLength ? name : `${name.slice(0, overviewNameLength - 1).trimEnd()}…`;
}

/**
 * An area's overview label (its name, then its actor count on a line of its own) with each line
 * within `maxWidth` as `labelWidth` measures it: the name is shortened, never the count, which the
 * map's own ellipsis would cut to a number that reads as another ("(11 …" for 118 actors).
 */
export function fittedAreaLabel(area: OverviewArea, actorsLabel: (area: OverviewArea) => string, labelWidth: (label: string) => number, maxWidth: number): string {
  const whole = actorsLabel({ ...area, name: shortAreaName(area.name) });
  if (widestLine(whole, labelWidth) <= maxWidth) return whole;
  const name = shortAreaName(area.name).replace(/…$/, '');
  for (let length = name.length - 1; length > 0; length -= 1) {
    const label = actorsLabel({ ...area, name: `${name.slice(0, length).trimEnd()}…` });
    if (widestLine(label, labelWidth) <= maxWidth) return label;
  }
  return actorsLabel({ ...area, name: '…' });
}

/**
 * Cytoscape elements of an overview: an area node sized by its actors (its label says how many),
 * a line between two areas as thick as their ties are many. A node's id is the area's id, so
 * choosing it opens that area. Every node has its position (overview-layout.ts), with room for its
 * label as `labelWidth` (pixels at 12 px) measures it; a label too long for the map keeps its count
 * and shows whole (`wideLabel`) only where there is room.
 */
export function overviewElements(overview: Pick<AreaOverview, 'areas' | 'ties'>, actorsLabel: (area: OverviewArea) => string, labelWidth: (label: string) => number): ElementDefinition[] {
  const most = Math.max(1, ...overview.areas.map((area) => area.actors));
  const data = overview.areas.map((area): NodeElementData => {
    const kind: NodeKind = area.kind;
    const wideLabel = actorsLabel({ ...area, name: shortAreaName(area.name) });
    const label = fittedAreaLabel(area, actorsLabel, labelWidth, labelMaxWidthEm * measuredPx - 2);
    return {
      id: area.id,
      label,
      ...(label === wideLabel ? {} : { wideLabel }),
      kind,
      color: nodeKinds[kind].style.color,
      boundary: false,
      size: Math.round(nodeSize.min + Math.sqrt(area.actors / most) * (nodeSize.max * 1.5 - nodeSize.min)),
      community: -1,
    };
  });
  const positions = overviewPositions(
    data.map((node) => ({ id: node.id, size: node.size, labelWidth: widestLine(node.label, labelWidth), labelLines: node.label.split('\n').length })),
    overview.ties,
  );
  const nodes = data.map((node): ElementDefinition => ({ group: 'nodes', data: node, position: positions.get(node.id), classes: [elementClasses.kind(node.kind), overviewClasses.area] }));
  const widest = Math.max(1, ...overview.ties.map((tie) => tie.ties));
  const edges = overview.ties.map((tie): ElementDefinition => {
    const data: OverviewTieData = { id: `overview:${tie.source}|${tie.target}`, source: tie.source, target: tie.target, ties: tie.ties, width: Math.round(1 + 11 * Math.sqrt(tie.ties / widest)) };
    return { group: 'edges', data, classes: [overviewClasses.tie] };
  });
  return [...nodes, ...edges];
}
