import { overviewClasses } from './area-overview';
import { collaborationKinds, nodeKindNames, nodeKinds } from '@weefsel/graph-schema';
import type { StylesheetJson } from 'cytoscape';
import { elementClasses } from './build-elements';
import { labelMaxWidthEm, labelWideWidthEm, type LabelSide } from './label-placement';

/** The overview's bundled ties between areas (the legend draws its sample in it). */
export const overviewTieColor = '#7b8794';
export const overviewTieOpacity = 0.75;

/** Classes the canvas sets when an actor is focused. */
export const focusClasses = { highlighted: 'highlighted', faded: 'faded' } as const;

/** Classes for what an analysis view asks to highlight (view-contract Highlight) and for the gaps overlay. */
export const viewClasses = {
  highlighted: 'view-highlighted',
  dimmed: 'view-dimmed',
  isolated: 'overlay-isolated',
  singlePointOfFailure: 'overlay-spof',
  informalWithoutFormal: 'overlay-informal',
} as const;

/** Classes the label layer sets on the actors it labels, and the side of the node the label is on. */
export const labelClasses = {
  on: 'label-on',
  /** The whole name, where there is room for it. */
  wide: 'label-wide',
  side: (side: LabelSide) => `label-${side}`,
} as const;

/** Border colours of the overlay marks, shared with the legend. */
export const overlayColors = {
  isolated: '#d7191c',
  singlePointOfFailure: '#7b2cbf',
  informalWithoutFormal: '#0072b2',
} as const;

const tieStyles = {
  collaboration: { 'line-style': 'solid', 'line-color': '#4a4f57', 'target-arrow-color': '#4a4f57', width: 2 },
  structural: { 'line-style': 'dotted', 'line-color': '#c3c7cc', 'target-arrow-color': '#c3c7cc', width: 1 },
} as const;

/** Colour-blind safe palette (Okabe-Ito without yellow), assigned to collaboration kinds in schema order. */
const palette = ['#4a4f57', '#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00'];
export const relationKindColors = new Map(collaborationKinds.map((kind, index) => [kind, palette[index % palette.length] ?? '#4a4f57']));

/** Line looks of the statuses (planned dashed, ended faded), for the stylesheet and the legend. */
export const statusStyles = {
  PLANNED: { 'line-style': 'dashed', opacity: 0.9 },
  ACTIVE: {},
  ENDED: { opacity: 0.25 },
} as const;

const kindShapes: StylesheetJson = nodeKindNames.map((kind) => ({
  selector: `node.${elementClasses.kind(kind)}`,
  style: { shape: nodeKinds[kind].style.shape },
}));

const relationColours: StylesheetJson = [...relationKindColors].map(([kind, color]) => ({
  selector: `edge.${elementClasses.relation(kind)}`,
  style: { 'line-color': color, 'target-arrow-color': color },
}));

const overlayMarks: StylesheetJson = [
  { selector: `node.${viewClasses.isolated}`, style: { 'border-width': 5, 'border-color': overlayColors.isolated, 'border-style': 'double' } },
  { selector: `node.${viewClasses.singlePointOfFailure}`, style: { 'border-width': 5, 'border-color': overlayColors.singlePointOfFailure } },
  {
    selector: `node.${viewClasses.informalWithoutFormal}`,
    style: { 'border-width': 4, 'border-color': overlayColors.informalWithoutFormal, 'border-style': 'dashed' },
  },
];

/** What every node shows at any size of scope: colour and size from its data; names only where labelled (below). */
const nodeEssentials = {
  'background-color': 'data(color)',
  width: 'data(size)',
  height: 'data(size)',
} as const;

/**
 * `labelScale` model units per screen pixel of a 12 px font (label-layer.ts sets it per zoom), so
 * names keep a readable size on screen at any zoom. mapData is linear: its range (0 to 100) is far
 * wider than labelScale ever gets (1/minZoom).
 */
const scaled = (screenPx: number) => `mapData(labelScale, 0, 100, 0, ${screenPx * 100})`;
// Cytoscape takes mappers for the text margins too; its types say number only.
const scaledMargin = (screenPx: number) => scaled(screenPx) as unknown as number;
const labelRules: StylesheetJson = [
  {
    selector: `node.${labelClasses.on}`,
    style: {
      label: 'data(label)',
      'font-size': scaled(12),
      'text-wrap': 'ellipsis',
      'text-max-width': scaled(12 * labelMaxWidthEm),
      color: '#1d2329',
      'text-outline-color': '#ffffff',
      'text-outline-width': scaled(2),
      // While a zoom is under way the names scale with it until placed again; tiny ones are not drawn.
      'min-zoomed-font-size': 7,
      // A labelled actor is drawn over unlabelled ones, so its name is not hidden under their nodes.
      'z-index': 1,
    },
  },
  { selector: `node.${labelClasses.wide}`, style: { 'text-max-width': scaled(12 * labelWideWidthEm) } },
  { selector: `node.${labelClasses.wide}[wideLabel]`, style: { label: 'data(wideLabel)' } },
  // An overview area's label is two lines, its name and its count, each fitted to the width.
  { selector: `node.${overviewClasses.area}`, style: { 'text-wrap': 'wrap' } },
  { selector: `node.${labelClasses.side('below')}`, style: { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': scaledMargin(3) } },
  { selector: `node.${labelClasses.side('above')}`, style: { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': scaledMargin(-3) } },
  { selector: `node.${labelClasses.side('right')}`, style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': scaledMargin(3) } },
  { selector: `node.${labelClasses.side('left')}`, style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': scaledMargin(-3) } },
  ...(['below', 'above'] as const).flatMap((valign) =>
    (['right', 'left'] as const).map((halign) => ({
      selector: `node.${labelClasses.side(`${valign}-${halign}`)}`,
      style: { 'text-valign': valign === 'below' ? ('bottom' as const) : ('top' as const), 'text-halign': halign, 'text-margin-x': 0, 'text-margin-y': 0 },
    })),
  ),
];

/**
 * Colours and sizes come from the element data and shapes from the kind classes, both set from
 * graph-schema, so the legend (built from the same schema) and the canvas cannot disagree.
 */
export const graphStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: nodeEssentials,
  },
  ...labelRules,
  ...kindShapes,
  {
    selector: `node.${elementClasses.group}`,
    style: {
      'background-color': '#eef2f6',
      'background-opacity': 0.7,
      'border-width': 1,
      'border-color': '#7b8794',
      shape: 'round-rectangle',
      'font-weight': 'bold',
      color: '#3a4450',
      padding: '18px',
      // The box wraps its actors, not their names: names come and go with the zoom (label-layer.ts),
      // and a box that grew with them would overlap its neighbours (area-boxes.ts keeps them apart).
      'compound-sizing-wrt-labels': 'exclude',
    },
  },
  // Partners outside the area are drawn faintly, but their names stay readable (grey, not transparent).
  { selector: `node.${elementClasses.boundary}`, style: { 'background-opacity': 0.4, 'border-opacity': 0.4, color: '#55606b' } },
  { selector: 'edge', style: { 'curve-style': 'bezier', 'arrow-scale': 0.8, opacity: 0.9 } },
  { selector: `edge.${elementClasses.tie('collaboration')}`, style: tieStyles.collaboration },
  { selector: `edge.${elementClasses.tie('structural')}`, style: tieStyles.structural },
  ...relationColours,
  { selector: `edge.${elementClasses.status('PLANNED')}`, style: statusStyles.PLANNED },
  { selector: `edge.${elementClasses.status('ENDED')}`, style: statusStyles.ENDED },
  { selector: `edge.${elementClasses.directed}`, style: { 'target-arrow-shape': 'triangle' } },
  // The overview's bundled ties: one line per pair of areas, as thick as their ties are many.
  { selector: `edge.${overviewClasses.tie}`, style: { width: 'data(width)', 'line-color': overviewTieColor, opacity: overviewTieOpacity, 'curve-style': 'straight' } },
  ...overlayMarks,
  { selector: `node.${viewClasses.dimmed}`, style: { opacity: 0.15 } },
  { selector: `edge.${viewClasses.dimmed}`, style: { opacity: 0.06 } },
  { selector: `node.${viewClasses.highlighted}`, style: { opacity: 1, 'underlay-color': '#ffbf00', 'underlay-opacity': 0.5, 'underlay-padding': 6, 'z-index': 8 } },
  { selector: `edge.${viewClasses.highlighted}`, style: { opacity: 1, width: 5, 'z-index': 8 } },
  { selector: `node.${focusClasses.faded}`, style: { opacity: 0.15 } },
  { selector: `edge.${focusClasses.faded}`, style: { opacity: 0.08 } },
  { selector: `node.${focusClasses.highlighted}`, style: { opacity: 1, 'font-weight': 'bold', 'z-index': 9 } },
  { selector: `edge.${focusClasses.highlighted}`, style: { opacity: 1 } },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#ffbf00', 'font-weight': 'bold', 'z-index': 10 },
  },
];

/** The line styles of the two tie kinds, for the legend. */
export const tieLineStyles = tieStyles;

/**
 * For large scopes: the fewest node properties (every property an element gets costs a style pass
 * over its edges in Cytoscape; the label rules reach only the few actors labelled at a time). Ties
 * are drawn by the edge layer; the edge rules stay for exports, which add them back (straight
 * haystack lines without arrows, far faster to draw than bezier curves).
 */
export const largeGraphStylesheet: StylesheetJson = [
  { selector: 'node', style: nodeEssentials },
  ...graphStylesheet.slice(1),
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
];
