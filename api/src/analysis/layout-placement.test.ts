import { describe, expect, it } from 'vitest';
import type { Relation, ScopedActor } from '@weefsel/graph-schema';
import { tieLength } from './layout';
import { placeMissing } from './layout-placement';

const node = (id: string) => ({ id }) as ScopedActor;
const tie = (source: string, target: string) => ({ id: `${source}-${target}`, kind: 'PARTNERS_WITH', source, target }) as Relation;

describe('placeMissing', () => {
  it('leaves kept nodes where they are and puts a new one a tie away from the centre of its partners', () => {
    const kept = new Map([['a', { x: 0, y: 0 }], ['b', { x: 100, y: 0 }], ['far', { x: 5000, y: 5000 }]]);
    const placed = placeMissing({ nodes: ['a', 'b', 'far', 'new'].map(node), relations: [tie('new', 'a'), tie('b', 'new')] }, kept);
    for (const [id, p] of kept) expect(placed.get(id)).toEqual(p);
    const p = placed.get('new')!;
    expect(Math.hypot(p.x - 50, p.y - 0)).toBeCloseTo(tieLength);
  });

  it('places new nodes tied only to new ones after them, and unconnected ones on a ring around the drawing, the same every time', () => {
    const kept = new Map([['a', { x: 0, y: 0 }], ['b', { x: 10, y: 0 }]]);
    const graph = { nodes: ['a', 'b', 'n1', 'n2', 'lone1', 'lone2'].map(node), relations: [tie('a', 'n1'), tie('n1', 'n2')] };
    const placed = placeMissing(graph, kept);
    expect(Math.hypot(placed.get('n2')!.x - placed.get('n1')!.x, placed.get('n2')!.y - placed.get('n1')!.y)).toBeCloseTo(tieLength);
    for (const id of ['lone1', 'lone2']) expect(Math.hypot(placed.get(id)!.x - 5, placed.get(id)!.y)).toBeGreaterThan(tieLength);
    expect(placeMissing(graph, kept)).toEqual(placed);
  });
});
