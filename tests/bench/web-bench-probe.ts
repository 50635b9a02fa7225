declare global {
  interface Window {
    __benchLayouts?: number;
    __benchReady?: { at: number; how: 'graphState' | 'layoutstop'; nodes: number; dataAt: number; layouts: number };
  }
}

/**
 * Installed before the app's scripts run: records when the graph is laid out, by either signal,
 * then waits one more painted frame (idle) before stamping the time. A plain script, not a
 * function: tsx would wrap a function's inner functions in a helper the page does not have.
 */
export const readyProbe = (expectedNodes: number) => `(() => {
  const expected = ${expectedNodes};
  const stamp = (how, nodes) => {
    if (window.__benchReady) return;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      if (window.__benchReady) return;
      // The answers the page had when the graph was ready: the last one ends the data part.
      const api = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/graphql'));
      const dataAt = Math.max(0, ...api.map((entry) => entry.responseEnd));
      window.__benchReady = { at: performance.now(), how, nodes, dataAt, layouts: window.__benchLayouts || 0 };
    }));
  };
  const drawn = () => (window.__weefselCy ? window.__weefselCy.nodes().length : 0);
  new MutationObserver(() => {
    if (document.body && document.body.dataset.graphState === 'ready' && drawn() >= expected) stamp('graphState', drawn());
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-graph-state'] });
  let current;
  // On the prototype, not on window: the app deletes window.__weefselCy when a canvas unmounts
  // (e.g. the switch to the large-graph canvas), which would remove an own accessor with it.
  Object.defineProperty(Object.getPrototypeOf(window), '__weefselCy', {
    configurable: true,
    get: () => current,
    set(cy) {
      current = cy;
      if (cy) cy.on('layoutstart', () => {
        window.__benchLayouts = (window.__benchLayouts || 0) + 1;
      });
      if (cy) cy.on('layoutstop', () => { if (cy.nodes().length >= expected) stamp('layoutstop', cy.nodes().length); });
    },
  });
})();`;

