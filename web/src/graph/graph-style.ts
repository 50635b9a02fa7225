import { nodeKindNames, nodeKinds } from '@weefsel/graph-schema';
import type { StylesheetJson } from 'cytoscape';
import { elementClasses } from './build-elements';

/** Classes the canvas sets when an actor is focused. */
export const focusClasses = { highlighted: 'highlighted', faded: 'faded' } as const;

const tieStyles = {
  collaboration: { 'line-style': 'solid', 'line-color': '#4a4f57', 'target-arrow-color': '#4a4f57', width: 2 },
  structural: { 'line-style': 'dashed', 'line-color': '#c3c7cc', 'target-arrow-color': '#c3c7cc', width: 1 },
} as const;

/** One shape rule per kind, from graph-schema (Cytoscape's typings take no data() mapper for shapes). */
const kindShapes: StylesheetJson = nodeKindNames.map((kind) => ({
  selector: `node.${elementClasses.kind(kind)}`,
  style: { shape: nodeKinds[kind].style.shape },
}));

/**
 * Colours come from the element data and shapes from the kind classes, both set from graph-schema,
 * so the legend (built from the same schema) and the canvas cannot disagree.
 */
export const graphStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      label: 'data(label)',
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      color: '#1d2329',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      width: 24,
      height: 24,
    },
  },
  ...kindShapes,
  { selector: `node.${elementClasses.boundary}`, style: { opacity: 0.4 } },
  {
    selector: 'edge',
    style: { 'curve-style': 'bezier', 'arrow-scale': 0.8, opacity: 0.9 },
  },
  { selector: `edge.${elementClasses.tie('collaboration')}`, style: tieStyles.collaboration },
  { selector: `edge.${elementClasses.tie('structural')}`, style: tieStyles.structural },
  { selector: `edge.${elementClasses.directed}`, style: { 'target-arrow-shape': 'triangle' } },
  { selector: `node.${focusClasses.faded}`, style: { opacity: 0.15 } },
  { selector: `edge.${focusClasses.faded}`, style: { opacity: 0.08 } },
  { selector: `node.${focusClasses.highlighted}`, style: { opacity: 1, 'font-weight': 'bold', 'z-index': 9 } },
  { selector: `edge.${focusClasses.highlighted}`, style: { opacity: 1 } },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#ffbf00', 'font-size': 13, 'text-max-width': '240px', 'z-index': 10 },
  },
];

/** The line styles of the two tie kinds, for the legend. */
export const tieLineStyles = tieStyles;
