import { describe, expect, it } from 'vitest';
import { placeMissing } from './place-missing';

const distance = (a: { x: number; y: number } | undefined, b: { x: number; y: number } | undefined) =>
  a && b ? Math.hypot(a.x - b.x, a.y - b.y) : NaN;

describe('placeMissing', () => {
  it('keeps the known positions as they are', () => {
    const known = new Map([
      ['a', { x: 10, y: 20 }],
      ['b', { x: -5, y: 7 }],
    ]);
    expect(placeMissing(['a', 'b'], [{ source: 'a', target: 'b' }], known)).toEqual(known);
  });

  it('puts a newcomer next to its placed partner, several newcomers on different spots', () => {
    const known = new Map([['hub', { x: 100, y: 100 }]]);
    const edges = ['n1', 'n2', 'n3'].map((id) => ({ source: 'hub', target: id }));
    const placed = placeMissing(['hub', 'n1', 'n2', 'n3'], edges, known);
    for (const id of ['n1', 'n2', 'n3']) expect(distance(placed.get(id), placed.get('hub'))).toBeCloseTo(60, 5);
    const spots = new Set(['n1', 'n2', 'n3'].map((id) => `${placed.get(id)?.x.toFixed(1)},${placed.get(id)?.y.toFixed(1)}`));
    expect(spots.size).toBe(3);
  });

  it('places a chain of newcomers one after the other from the placed end', () => {
    const known = new Map([['a', { x: 0, y: 0 }]]);
    const edges = [
      { source: 'c', target: 'b' },
      { source: 'b', target: 'a' },
    ];
    const placed = placeMissing(['a', 'b', 'c'], edges, known);
    expect(distance(placed.get('b'), placed.get('a'))).toBeCloseTo(60, 5);
    expect(distance(placed.get('c'), placed.get('b'))).toBeCloseTo(60, 5);
  });

  it('puts newcomers without placed partners in a row below the drawing', () => {
    const known = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 200, y: 300 }],
    ]);
    const placed = placeMissing(['a', 'b', 'lonely', 'other'], [], known);
    expect(placed.get('lonely')?.y).toBeGreaterThan(300);
    expect(placed.get('other')?.y).toBe(placed.get('lonely')?.y);
    expect(placed.get('other')?.x).not.toBe(placed.get('lonely')?.x);
  });

  it('places everyone in rows when no position is known at all', () => {
    const placed = placeMissing(['a', 'b', 'c'], [{ source: 'a', target: 'b' }], new Map());
    const points = ['a', 'b', 'c'].map((id) => placed.get(id));
    for (const point of points) expect(Number.isFinite(point?.x) && Number.isFinite(point?.y)).toBe(true);
    expect(new Set(points.map((point) => `${point?.x},${point?.y}`)).size).toBe(3);
  });
});
