import { describe, expect, it } from 'vitest';
import { overviewPositions, separate, type OverviewLink, type OverviewNode } from './overview-layout';

/** A seeded stream of numbers in [0, 1) (mulberry32), so the generated overviews are the same every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An overview like a region's: areas of many sizes and long names, almost every pair tied, a few pairs strongly. */
function region(areas: number, seed: number): { nodes: OverviewNode[]; links: OverviewLink[] } {
  const random = seeded(seed);
  const nodes = Array.from({ length: areas }, (_, index) => ({ id: `a${index}`, size: Math.round(16 + random() * 80), labelWidth: Math.round(60 + random() * 120) }));
  const links: OverviewLink[] = [];
  for (let i = 0; i < areas; i += 1) {
    for (let j = i + 1; j < areas; j += 1) if (random() < 0.85) links.push({ source: `a${i}`, target: `a${j}`, ties: random() < 0.05 ? 200 + Math.round(random() * 100) : 1 + Math.round(random() * 10) });
  }
  return { nodes, links };
}

const room = (node: OverviewNode) => Math.max(node.size / 2 + 18, node.labelWidth / 2) + 6;

describe('overview layout', () => {
  it('gives every area a place where its disc and name overlap no other area', () => {
    // 200 areas: fewer force passes (forcePasses), still no overlap.
    for (const [areas, seed] of [[60, 1], [60, 2], [60, 3], [200, 9]] as const) {
      const { nodes, links } = region(areas, seed);
      const positions = overviewPositions(nodes, links);
      expect([...positions.keys()].sort()).toEqual(nodes.map((node) => node.id).sort());
      for (let i = 0; i < nodes.length; i += 1) {
        for (let j = i + 1; j < nodes.length; j += 1) {
          const [a, b] = [positions.get(nodes[i]!.id)!, positions.get(nodes[j]!.id)!];
          // Positions are rounded to whole pixels: a pixel of slack.
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(room(nodes[i]!) + room(nodes[j]!) - 1.5);
        }
      }
    }
  });

  it('draws areas with many ties between them closer together than areas with few', () => {
    // Six groups of ten areas (as municipalities of one care zone would be): many ties within a group,
    // few across. Interleaved in the order given, so the start (a circle in that order) has no groups.
    const random = seeded(4);
    const nodes = Array.from({ length: 60 }, (_, index) => ({ id: `a${index}`, size: Math.round(16 + random() * 80), labelWidth: Math.round(60 + random() * 120) }));
    const group = (id: string) => Number(id.slice(1)) % 6;
    const links: OverviewLink[] = [];
    for (let i = 0; i < 60; i += 1) {
      for (let j = i + 1; j < 60; j += 1) {
        const within = group(`a${i}`) === group(`a${j}`);
        if (within || random() < 0.85) links.push({ source: `a${i}`, target: `a${j}`, ties: within ? 30 + Math.round(random() * 30) : 1 + Math.round(random() * 4) });
      }
    }
    const positions = overviewPositions(nodes, links);
    const length = (link: OverviewLink) => {
      const [a, b] = [positions.get(link.source)!, positions.get(link.target)!];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const within = links.filter((link) => group(link.source) === group(link.target)).map(length);
    const across = links.filter((link) => group(link.source) !== group(link.target)).map(length);
    expect(mean(within)).toBeLessThan(0.6 * mean(across));
  });

  it('gives the same picture for the same overview, and places areas without ties too', () => {
    const { nodes, links } = region(30, 5);
    expect(overviewPositions(nodes, links)).toEqual(overviewPositions(nodes, links));
    const alone = overviewPositions([...nodes, { id: 'alone', size: 20, labelWidth: 80 }], links);
    expect(alone.get('alone')).toBeDefined();
    expect(overviewPositions([{ id: 'only', size: 40, labelWidth: 100 }], []).get('only')).toEqual({ x: expect.any(Number), y: expect.any(Number) });
  });

  it('separates rooms that lie on the same point', () => {
    const placed = [0, 1, 2].map(() => ({ x: 5, y: 5, room: 10 }));
    separate(placed);
    for (let i = 0; i < 3; i += 1) for (let j = i + 1; j < 3; j += 1) expect(Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y)).toBeGreaterThanOrEqual(20);
  });
});
