import type { Core } from 'cytoscape';

// The web app exposes its Cytoscape instance for these tests (see web/src/graph/network-canvas.tsx).
declare global {
  interface Window {
    __weefselCy?: Core;
  }
}
