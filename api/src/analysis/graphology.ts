/**
 * The one place that imports graphology's CommonJS packages. Their typings declare default exports
 * that some module setups see as "not callable" (TS2349); re-exporting them from here keeps that
 * workaround, if one is ever needed, in a single file.
 */
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import modularity from 'graphology-metrics/graph/modularity';
import { bidirectional } from 'graphology-shortest-path/unweighted';

export { UndirectedGraph, betweennessCentrality, bidirectional, closenessCentrality, forceAtlas2, modularity };
