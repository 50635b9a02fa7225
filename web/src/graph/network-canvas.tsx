import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { GapOverlay, Highlight } from '../app/view-contract';
import { cytoscape, layoutFor } from './cytoscape-setup';
import type { LayoutName } from './layout-names';
import { clearFocus, focusNode } from './focus-node';
import { graphStylesheet, largeGraphStylesheet } from './graph-style';
import { patchElements } from './patch-elements';
import { applyHighlight, applyOverlay } from './view-highlight';

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
  layout: LayoutName;
  highlight: Highlight | null;
  overlay: GapOverlay | null;
  /** The Cytoscape instance once created (null on unmount), for export and the zoom controls. */
  onReady?: (cy: Core | null) => void;
  /** Many elements: trade detail while moving for speed (see largeGraphElements). */
  large: boolean;
}

declare global {
  interface Window {
    /** The Cytoscape instance of the page, for browser tests and debugging in the console. */
    __weefselCy?: Core;
  }
}

/** Above this many elements, draw for speed: no edges and a cached texture while panning or zooming. */
export const largeGraphElements = 3000;

/**
 * The Cytoscape canvas. Cytoscape owns the DOM inside the container: it is created once, fed
 * element patches, and destroyed on unmount (React never re-renders its children).
 */
export function NetworkCanvas({ elements, focus, onSelect, label, layout, highlight, overlay, onReady, large }: NetworkCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onSelectRef.current = onSelect;
    onReadyRef.current = onReady;
  }, [onSelect, onReady]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: large ? largeGraphStylesheet : graphStylesheet,
      minZoom: 0.05,
      maxZoom: 4,
      // Viewport optimisations keep panning fluid on large scopes (issue 6: 5,000 nodes).
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
    });
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) onSelectRef.current(null);
      else if (event.target.isNode() && !event.target.isParent()) onSelectRef.current(event.target.id());
    });
    cyRef.current = cy;
    window.__weefselCy = cy;
    onReadyRef.current?.(cy);
    return () => {
      cyRef.current = null;
      onReadyRef.current?.(null);
      if (window.__weefselCy === cy) delete window.__weefselCy;
      cy.destroy();
    };
    // Created once: a change of `large` remounts the canvas (the parent keys it), since Cytoscape
    // reads these rendering options only at creation.
  }, []);

  const lastLayout = useRef<LayoutName | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { added, removed } = patchElements(cy, elements);
    const layoutChanged = lastLayout.current !== layout;
    lastLayout.current = layout;
    if ((added > 0 || removed > 0 || layoutChanged) && cy.nodes().nonempty()) {
      // body[data-graph-state] tells tests and bench:web when the drawing is settled.
      document.body.dataset.graphState = 'layout';
      const running = cy.layout(layoutFor(layout, cy));
      running.one('layoutstop', () => {
        document.body.dataset.graphState = 'ready';
      });
      running.run();
    } else if (cy.nodes().nonempty()) {
      document.body.dataset.graphState = 'ready';
    }
  }, [elements, layout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyHighlight(cy, highlight);
  }, [highlight, elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyOverlay(cy, overlay);
  }, [overlay, elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (!focus || !focusNode(cy, focus.id)) clearFocus(cy);
  }, [focus, elements]);

  return <div ref={containerRef} className="network-canvas" role="img" aria-label={label} />;
}
