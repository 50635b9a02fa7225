import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import type { GapOverlay, Highlight } from '../components/view-contract';
import { keepAreasApart } from './area-boxes';
import { edgeElementId } from './build-elements';
import { canvasKeyAction, readingOrder, stepActor } from './canvas-keys';
import { cytoscape, labelledLayoutNodes, layoutFor, presetLayout } from './cytoscape-setup';
import { planDrawing } from './drawing-plan';
import { EdgeLayer } from './edge-layer';
import type { LayoutName } from './layout-names';
import { runSeededLayout } from './seeded-layout';
import { SemanticZoom } from './semantic-zoom';
import { clearFocus, focusNode } from './focus-node';
import { graphStylesheet, largeGraphStylesheet } from './graph-style';
import { LabelLayer } from './label-layer';
import { patchElements } from './patch-elements';
import { applyHighlight, applyOverlay } from './view-highlight';
import { fillCanvas, fitDrawing, keepInView } from './canvas-viewport';

/** A request to focus an actor; `seq` makes a repeated request for the same actor count again. */
export interface FocusRequest {
  id: string;
  seq: number;
}

export interface NetworkCanvasProps {
  elements: ElementDefinition[];
  focus: FocusRequest | null;
  /** Called with the tapped node's id, or null when the background is tapped. */
  onSelect: (id: string | null) => void;
  label: string;
  /** How to use the map from the keyboard, read out with it and shown while it has the focus. */
  keysHint: string;
  layout: LayoutName;
  highlight: Highlight | null;
  overlay: GapOverlay | null;
  /** The Cytoscape instance once created (null on unmount), for export and the zoom controls. */
  onReady?: (cy: Core | null) => void;
  /** Many elements: ties on the edge layer, positions from the API (see large-graph.ts). */
  large: boolean;
  /** Ties on the edge layer although the scope is not large (the overview's bundles: measuring them in Cytoscape is most of its first screen). */
  tiesOnLayer?: boolean;
  /** False while what the layout depends on is on its way (see useNetworkData): the previous drawing stays until then. */
  settled: boolean;
  /** Called when an actor was dragged and let go, with where every actor is drawn now. */
  onDragged?: (id: string, positions: Map<string, { x: number; y: number }>) => void;
  /**
   * False where choosing a node opens something (an area of the overview): N and Shift+N then only
   * mark a node (selected and centred) and Enter chooses it.
   */
  stepChooses?: boolean;
  /** A fresh drawing is fitted, but zoomed in no further than this: the overview's area of one municipality would fill the map. */
  fitZoomAtMost?: number;
  /** Changing it lays the drawing out afresh (after its kept picture was reset). */
  layoutSeq?: number;
  /** The scope and date drawn: while it stays the same, an edit moves no actor already drawn. */
  pictureKey: string;
  /** Called with an area of the overview zoomed in on until it filled a good part of the map (semantic-zoom.ts). */
  onZoomInto?: (id: string) => void;
  /** Called when the map was zoomed out far below the zoom that fits the drawing: up one level. */
  onZoomOut?: () => void;
}

/** The closest zoom in, except in the overview, whose small areas may be zoomed in on until they open. */
const maxZoom = 4;

/** Where every actor (not an area box) is drawn, in model coordinates. */
function actorPositions(cy: Core): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((node) => {
    if (!node.isParent()) positions.set(node.id(), { ...node.position() });
  });
  return positions;
}

declare global {
  interface Window {
    /** The Cytoscape instance of the page, for browser tests and debugging in the console. */
    __weefselCy?: Core;
  }
}

/**
 * The Cytoscape canvas. Cytoscape owns the DOM inside the container: it is created once, fed
 * element patches, and destroyed on unmount (React never re-renders its children).
 */
export function NetworkCanvas({ elements, focus, onSelect, label, keysHint, layout, highlight, overlay, onReady, large, tiesOnLayer = large, settled, onDragged, layoutSeq = 0, pictureKey, stepChooses = true, fitZoomAtMost, onZoomInto, onZoomOut }: NetworkCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const semanticRef = useRef<SemanticZoom | null>(null);
  const edgeLayerRef = useRef<EdgeLayer | null>(null);
  const labelLayerRef = useRef<LabelLayer | null>(null);
  const focusId = focus?.id ?? null;
  // On a large scope (and the overview) Cytoscape holds the nodes only; the edge layer draws the ties.
  const [drawn, layerEdges] = useMemo(
    () => (tiesOnLayer ? [elements.filter((element) => element.group !== 'edges'), elements.filter((element) => element.group === 'edges')] : [elements, []]),
    [elements, tiesOnLayer],
  );
  const onSelectRef = useRef(onSelect);
  const onReadyRef = useRef(onReady);
  const onDraggedRef = useRef(onDragged);
  useEffect(() => {
    onSelectRef.current = onSelect;
    onReadyRef.current = onReady;
    onDraggedRef.current = onDragged;
  }, [onSelect, onReady, onDragged]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: large ? largeGraphStylesheet : graphStylesheet,
      minZoom: 0.05,
      maxZoom,
      // A cached texture while panning or zooming keeps large scopes fluid (5,000 nodes pan at 30 frames a second).
      textureOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
    });
    labelLayerRef.current = new LabelLayer(cy);
    semanticRef.current = new SemanticZoom(cy, maxZoom);
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) onSelectRef.current(null);
      else if (event.target.isNode() && !event.target.isParent()) onSelectRef.current(event.target.id());
    });
    cy.on('dragfree', 'node', (event: EventObject) => {
      if (event.target.isParent()) return;
      onDraggedRef.current?.(event.target.id(), actorPositions(cy));
    });
    // Cytoscape follows window resizes only; the panel beside it changes width with the tab.
    const resized = new ResizeObserver(() => keepInView(cy));
    resized.observe(container);
    cyRef.current = cy;
    window.__weefselCy = cy;
    onReadyRef.current?.(cy);
    return () => {
      resized.disconnect();
      cyRef.current = null;
      onReadyRef.current?.(null);
      if (window.__weefselCy === cy) delete window.__weefselCy;
      edgeLayerRef.current?.destroy();
      edgeLayerRef.current = null;
      labelLayerRef.current?.destroy();
      labelLayerRef.current = null;
      semanticRef.current?.destroy();
      semanticRef.current = null;
      cy.destroy();
    };
    // Created once: a change of `large` remounts the canvas (the parent keys it), since Cytoscape
    // reads these rendering options only at creation.
  }, []);

  // Before the drawing below: a drawing laid out synchronously asks which actions apply (the overview's zoom limit).
  useEffect(() => {
    semanticRef.current?.setActions({ open: onZoomInto, up: onZoomOut });
  }, [onZoomInto, onZoomOut]);

  const lastLayout = useRef<LayoutName | null>(null);
  const lastLayoutSeq = useRef(layoutSeq);
  const lastPicture = useRef<string | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !settled) return;
    const drawnBefore = actorPositions(cy);
    const { added, removed } = patchElements(cy, drawn);
    // Another layout picked, or the kept picture reset: lay out afresh.
    const layoutChosen = (lastLayout.current !== null && lastLayout.current !== layout) || lastLayoutSeq.current !== layoutSeq;
    const samePicture = lastPicture.current === pictureKey;
    [lastLayout.current, lastLayoutSeq.current] = [layout, layoutSeq];
    if ((added > 0 || removed > 0 || layoutChosen) && cy.nodes().nonempty()) {
      // Only a drawing that changed says which scope is drawn: right after another scope is chosen,
      // the previous scope's elements are still passed in for a render.
      lastPicture.current = pictureKey;
      // body[data-graph-state] tells tests and bench:web when the drawing is settled.
      document.body.dataset.graphState = 'layout';
      const plan = planDrawing({ definitions: drawn, layout, drawnBefore, samePicture, layoutChosen });
      const laidOut = plan.kind === 'layout';
      // fcose measures labels on smaller scopes (cytoscape-setup): it should see them all.
      if (laidOut && cy.nodes().length <= labelledLayoutNodes) labelLayerRef.current?.labelAllForLayout();
      semanticRef.current?.laying();
      runSeededLayout(cy, laidOut ? layoutFor(layout, cy) : presetLayout(plan.positions), () => {
        // A kept picture is drawn as it was kept; a fresh one has its area boxes apart.
        if (laidOut) keepAreasApart(cy);
        if (laidOut && layout !== 'community') fillCanvas(cy);
        fitDrawing(cy, fitZoomAtMost);
        semanticRef.current?.drawn(fitZoomAtMost);
        // Labels first, so the drawing called ready is the one people read.
        labelLayerRef.current?.refresh();
        document.body.dataset.graphState = 'ready';
      });
    } else if (cy.nodes().nonempty()) {
      labelLayerRef.current?.refresh();
      document.body.dataset.graphState = 'ready';
    }
  }, [drawn, layout, large, settled, layoutSeq, pictureKey, fitZoomAtMost]);

  // Ties per actor rank labels after the node size; on a large scope the ties are not in Cytoscape.
  useEffect(() => {
    const degrees = new Map<string, number>();
    for (const element of elements) {
      if (element.group !== 'edges') continue;
      for (const end of [String(element.data.source), String(element.data.target)]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
    }
    labelLayerRef.current?.setDegrees(degrees);
  }, [elements]);

  // After the drawing above (declared first, so run first): a highlight asked for before the actors
  // were drawn, from the overview, marks them once they are, when `settled` lets the drawing patch them in.
  useEffect(() => {
    const cy = cyRef.current;
    // Made when ties first go to it: a canvas shows the overview and the actors of a scope in turn.
    if (cy && !edgeLayerRef.current && layerEdges.length > 0) edgeLayerRef.current = new EdgeLayer(cy);
    const layer = edgeLayerRef.current;
    if (!cy || !layer) {
      if (cy) applyHighlight(cy, highlight);
      labelLayerRef.current?.schedule();
      return;
    }
    // Without edge elements, the ends of highlighted ties are named as nodes, and the ties go to the layer
    // (with the ties among the named actors, as applyHighlight does for edge elements).
    const asked = new Set((highlight?.edges ?? []).flatMap((id) => [id, edgeElementId(id)]));
    const named = new Set(highlight?.nodes ?? []);
    const chosen = layerEdges.filter((edge) => asked.has(String(edge.data.id)) || (named.has(String(edge.data.source)) && named.has(String(edge.data.target))));
    const ends = chosen.flatMap((edge) => [String(edge.data.source), String(edge.data.target)]);
    applyHighlight(cy, highlight && { ...highlight, nodes: [...highlight.nodes, ...ends] });
    const focused = highlight || !focusId ? [] : layerEdges.filter((edge) => edge.data.source === focusId || edge.data.target === focusId);
    const emphasised = [...chosen, ...focused].map((edge) => String(edge.data.id));
    layer.setEdges(layerEdges, highlight || focusId ? { edges: new Set(emphasised) } : null);
    labelLayerRef.current?.schedule();
  }, [highlight, focusId, drawn, layerEdges, settled]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyOverlay(cy, overlay);
  }, [overlay, elements]);

  // A new request (id or seq), new elements or a drawing just settled focus again; other renders of
  // the page leave the view alone. Settled counts: elements that came in before the drawing could
  // settle (the metrics before the layout's answer) are only drawn when it does, and the actor chosen
  // with them would otherwise never be focused.
  const focusSeq = focus?.seq ?? null;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !settled) return;
    const partners = layerEdges.flatMap((edge) =>
      edge.data.source === focusId ? [String(edge.data.target)] : edge.data.target === focusId ? [String(edge.data.source)] : [],
    );
    if (!focusId || !focusNode(cy, focusId, { partners })) clearFocus(cy);
    labelLayerRef.current?.schedule();
  }, [focusId, focusSeq, elements, layerEdges, settled]);

  const hintId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    const action = cy && !event.ctrlKey && !event.metaKey && !event.altKey ? canvasKeyAction(event.key, event.shiftKey) : null;
    // Enter keeps its usual meaning where stepping already chooses.
    if (!cy || !action || ('open' in action && stepChooses)) return;
    event.preventDefault();
    const middle = { x: cy.width() / 2, y: cy.height() / 2 };
    if ('pan' in action) cy.panBy(action.pan);
    else if ('zoom' in action) cy.zoom({ level: cy.zoom() * action.zoom, renderedPosition: middle });
    else if ('fit' in action) fitDrawing(cy);
    else if ('clear' in action) onSelectRef.current(null);
    else if ('open' in action) {
      const marked = cy.nodes(':selected').first();
      if (marked.nonempty()) onSelectRef.current(marked.id());
    } else {
      const actors: { id: string; x: number; y: number }[] = [];
      cy.nodes().forEach((node) => {
        if (!node.isParent() && node.visible()) actors.push({ id: node.id(), ...node.renderedPosition() });
      });
      const current = stepChooses ? focusId : (cy.nodes(':selected').first().id() ?? null);
      const next = stepActor(readingOrder(actors), current, action.step);
      if (!next) return;
      if (stepChooses) onSelectRef.current(next);
      else {
        cy.nodes().unselect();
        cy.getElementById(next).select();
        cy.center(cy.getElementById(next));
      }
    }
  };
  return (
    <>
      <div ref={containerRef} className="network-canvas" role="application" aria-label={label} aria-describedby={hintId} tabIndex={0} onKeyDown={onKeyDown} />
      <p id={hintId} className="canvas-keys-hint">
        {keysHint}
      </p>
    </>
  );
}
