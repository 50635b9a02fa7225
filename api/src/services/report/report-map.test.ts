import { describe, expect, it } from 'vitest';
import { reportMap, type MapActor } from './report-map';

const style = { width: 300, height: 200, fontSize: 7, measure: (text: string) => text.length * 4 };

function actors(count: number): MapActor[] {
  return Array.from({ length: count }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'Organisation' as const, boundary: i % 10 === 9 }));
}

describe('reportMap', () => {
  it('draws every actor inside the map, keeping the layout\'s proportions', () => {
    const list = actors(40);
    const positions = new Map(list.map((a, i) => [a.id, { x: (i % 8) * 100 - 350, y: Math.floor(i / 8) * 50 + 1000 }]));
    const map = reportMap({ actors: list, ties: [], positions }, style);
    expect(map.nodes.map((n) => n.id)).toEqual(list.map((a) => a.id));
    for (const node of map.nodes) {
      expect(node.x - node.radius).toBeGreaterThanOrEqual(0);
      expect(node.x + node.radius).toBeLessThanOrEqual(style.width);
      expect(node.y - node.radius).toBeGreaterThanOrEqual(0);
      expect(node.y + node.radius).toBeLessThanOrEqual(style.height);
    }
    // 700 x 200 layout units fit 276 wide: one scale for both axes.
    const [a, b, c] = [map.nodes[0]!, map.nodes[1]!, map.nodes[8]!];
    expect((b.x - a.x) / (c.y - a.y)).toBeCloseTo(100 / 50);
  });

  it('names the best connected actors first, never two names on top of each other, never a partner outside the area', () => {
    const list = actors(30);
    // Everyone on one spot: only one name fits there.
    const positions = new Map(list.map((a) => [a.id, { x: 0, y: 0 }]));
    const ties = [{ source: 'a5', target: 'a6' }, { source: 'a5', target: 'a7' }, { source: 'a9', target: 'a5' }];
    const crowded = reportMap({ actors: list, ties, positions }, style);
    expect(crowded.nodes.filter((n) => n.label).map((n) => n.id)).toEqual(['a5']);

    const spread = new Map(list.map((a, i) => [a.id, { x: (i % 5) * 60, y: Math.floor(i / 5) * 40 }]));
    const map = reportMap({ actors: list, ties, positions: spread }, style);
    const labels = map.nodes.flatMap((n) => (n.label ? [n.label] : []));
    expect(labels.length).toBeGreaterThan(10);
    for (const [i, x] of labels.entries()) {
      expect(x.x).toBeGreaterThanOrEqual(0);
      expect(x.x + x.width).toBeLessThanOrEqual(style.width);
      for (const y of labels.slice(i + 1)) expect(x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height).toBe(false);
    }
    expect(map.nodes.filter((n) => n.boundary && n.label)).toEqual([]);
    expect(map.edges).toHaveLength(3);
  });

  it('puts a lone actor, and one the layout left out, in the middle', () => {
    const map = reportMap({ actors: actors(2), ties: [], positions: new Map([['a0', { x: 5, y: 5 }]]) }, style);
    expect(map.nodes.map((n) => [n.x, n.y])).toEqual([[150, 100], [150, 100]]);
  });
});
