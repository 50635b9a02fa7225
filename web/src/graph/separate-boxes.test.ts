import { describe, expect, it } from 'vitest';
import type { Box } from './box-grid';
import { separateBoxes, type MovableBox } from './separate-boxes';

const box = (id: string, x1: number, y1: number, x2: number, y2: number): MovableBox => ({ id, box: { x1, y1, x2, y2 } });

/** The boxes where separateBoxes puts them. */
function placed(boxes: MovableBox[], shifts: Map<string, { dx: number; dy: number }>): Map<string, Box> {
  return new Map(boxes.map(({ id, box: { x1, y1, x2, y2 } }) => {
    const { dx, dy } = shifts.get(id) ?? { dx: 0, dy: 0 };
    return [id, { x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy }];
  }));
}

/** The smallest gap between a box of `a` and another box of `b`. */
function closestGap(boxes: Map<string, Box>, a: string[], b: string[]): number {
  let closest = Infinity;
  for (const one of a) {
    for (const other of b) {
      if (one === other) continue;
      const [p, q] = [boxes.get(one)!, boxes.get(other)!];
      closest = Math.min(closest, Math.max(q.x1 - p.x2, p.x1 - q.x2, q.y1 - p.y2, p.y1 - q.y2));
    }
  }
  return closest;
}

describe('separateBoxes', () => {
  it('leaves boxes already apart where they are', () => {
    expect(separateBoxes([box('a', 0, 0, 10, 10), box('b', 30, 0, 40, 10)], [], 5).size).toBe(0);
  });

  it('keeps the larger box and moves the smaller one the shortest way out, with the gap between', () => {
    const shifts = separateBoxes([box('small', 90, 40, 120, 60), box('large', 0, 0, 100, 100)], [], 10);
    expect([...shifts]).toEqual([['small', { dx: 20, dy: 0 }]]);
  });

  it('moves single actors out of area boxes, after the boxes are placed', () => {
    const areas = [box('a', 0, 0, 100, 100), box('b', 50, 50, 150, 150)];
    const actor = box('actor', 45, 45, 55, 55);
    const boxes = [...areas, actor];
    const where = placed(boxes, separateBoxes(areas, [actor], 4));
    expect(closestGap(where, ['a', 'b', 'actor'], ['a', 'b'])).toBeGreaterThanOrEqual(4 - 1e-6);
  });

  it('separates a heap of overlapping areas, and actors from them, at least the gap apart, the same way every time', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const boxes = Array.from({ length: 60 }, (_, i) => {
      const [x, y, w, h] = [random() * 300, random() * 300, 10 + random() * 80, 10 + random() * 60];
      return box(`box-${i}`, x, y, x + w, y + h);
    });
    const shifts = separateBoxes(boxes.slice(0, 20), boxes.slice(20), 6);
    const [areas, all] = [boxes.slice(0, 20).map((each) => each.id), boxes.map((each) => each.id)];
    expect(closestGap(placed(boxes, shifts), all, areas)).toBeGreaterThanOrEqual(6 - 1e-6);
    expect(separateBoxes([...boxes.slice(0, 20)].reverse(), boxes.slice(20), 6)).toEqual(shifts);
  });
});
