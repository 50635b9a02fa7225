import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { cytoscape, fcoseLayout } from './cytoscape-setup';
import { clearFocus, focusNode } from './focus-node';
import { graphStylesheet } from './graph-style';
import { patchElements } from './patch-elements';

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
export function NetworkCanvas({ elements, focus, onSelect, label }: NetworkCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({ container, style: graphStylesheet, minZoom: 0.1, maxZoom: 4 });
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) onSelectRef.current(null);
      else if (event.target.isNode()) onSelectRef.current(event.target.id());
    });
    cyRef.current = cy;
    window.__weefselCy = cy;
    return () => {
      cyRef.current = null;
      if (window.__weefselCy === cy) delete window.__weefselCy;
      cy.destroy();
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { added, removed } = patchElements(cy, elements);
    if ((added > 0 || removed > 0) && cy.nodes().nonempty()) cy.layout(fcoseLayout(true)).run();
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (!focus || !focusNode(cy, focus.id)) clearFocus(cy);
  }, [focus, elements]);

  return <div ref={containerRef} className="network-canvas" role="img" aria-label={label} />;
}
