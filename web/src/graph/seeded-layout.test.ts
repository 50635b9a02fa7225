import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { runSeededLayout } from './seeded-layout';

cytoscape.use(fcose);

const fcoseOptions = { name: 'fcose', randomize: true, animate: false } as cytoscape.LayoutOptions;

function drawTree(ids: string[], reversed = false): cytoscape.Core {
  const nodes = ids.map((id) => ({ data: { id } }));
  const edges = ids.slice(1).map((id, i) => ({ data: { id: `e${id}`, source: id, target: ids[Math.floor(i / 2)]! } }));
  const elements = [...nodes, ...edges];
  return cytoscape({ headless: true, styleEnabled: true, elements: reversed ? elements.reverse() : elements });
}

/** Positions per id, rounded, in id order (so the order the elements were added in does not show). */
function layOut(ids: string[], reversed = false): string {
  const cy = drawTree(ids, reversed);
  let stopped = false;
  runSeededLayout(cy, fcoseOptions, () => (stopped = true));
  expect(stopped).toBe(true);
  const points = cy.nodes().map((node) => `${node.id()}:${Math.round(node.position('x'))},${Math.round(node.position('y'))}`);
  return points.sort().join(' ');
}

describe('runSeededLayout', () => {
  const ids = Array.from({ length: 25 }, (_, i) => `actor-${String(i).padStart(2, '0')}`);

  it('draws the same actors the same way every time, in whatever order they were added', () => {
    const first = layOut(ids);
    expect(layOut(ids)).toBe(first);
    expect(layOut(ids, true)).toBe(first);
  });

  it('draws other actors with another seed', () => {
    const others = ids.map((id) => `${id}-b`);
    expect(layOut(others).replace(/-b:/g, ':')).not.toBe(layOut(ids));
  });

  it('gives Math.random back afterwards, also when the layout throws', () => {
    const unseeded = Math.random;
    let seeded: () => number = unseeded;
    function FailingLayout(this: { run: () => void; stop: () => void }) {
      this.run = () => {
        seeded = Math.random;
        throw new Error('layout failed');
      };
      this.stop = () => undefined;
    }
    cytoscape('layout', 'failing', FailingLayout);
    expect(() => runSeededLayout(drawTree(ids), { name: 'failing' } as cytoscape.LayoutOptions, () => undefined)).toThrow('layout failed');
    expect(seeded).not.toBe(unseeded);
    expect(Math.random).toBe(unseeded);
  });
});
