import { describe, expect, it } from 'vitest';
import { boxesOverlap } from './box-grid';
import { labelBox, labelFontPx, placeLabels, placeWideLabels, type LabelCandidate, type LabelGeometry } from './label-placement';

const geometry: LabelGeometry = { viewport: { width: 800, height: 600 }, fontPx: 12, gap: 3, pad: 2 };

function candidate(id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate {
  return { id, x, y, width: 20, height: 20, textWidth: 80, priority: 1, forced: false, ...extra };
}

/** A deterministic scatter of candidates (no Math.random: the same test every run). */
function scatter(count: number, width: number, height: number): LabelCandidate[] {
  let seed = 7;
  const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: count }, (_, index) =>
    candidate(`n${index}`, next() * width, next() * height, { priority: Math.floor(next() * 50), textWidth: 40 + next() * 120 }),
  );
}

describe('labelBox', () => {
  it('puts the label below, above, right or left of the node, padded on every side', () => {
    const node = candidate('a', 100, 100);
    expect(labelBox(node, 'below', geometry)).toEqual({ x1: 58, x2: 142, y1: 111, y2: 127 });
    expect(labelBox(node, 'above', geometry)).toEqual({ x1: 58, x2: 142, y1: 73, y2: 89 });
    expect(labelBox(node, 'right', geometry)).toEqual({ x1: 111, x2: 195, y1: 92, y2: 108 });
    expect(labelBox(node, 'left', geometry)).toEqual({ x1: 5, x2: 89, y1: 92, y2: 108 });
    expect(labelBox(node, 'below-right', geometry)).toEqual({ x1: 108, x2: 192, y1: 108, y2: 124 });
    expect(labelBox(node, 'above-left', geometry)).toEqual({ x1: 8, x2: 92, y1: 76, y2: 92 });
  });

  it('makes a label of two lines (an area\'s name, then its count) twice as tall, centred beside its node', () => {
    const node = { ...candidate('a', 100, 100), lines: 2 };
    expect(labelBox(node, 'below', geometry)).toEqual({ x1: 58, x2: 142, y1: 111, y2: 139 });
    expect(labelBox(node, 'above', geometry)).toEqual({ x1: 58, x2: 142, y1: 61, y2: 89 });
    expect(labelBox(node, 'right', geometry)).toEqual({ x1: 111, x2: 195, y1: 86, y2: 114 });
  });
});

describe('placeLabels', () => {
  it('labels every actor when there is room', () => {
    const spread = [candidate('a', 100, 100), candidate('b', 400, 100), candidate('c', 100, 400)];
    expect(placeLabels(spread, geometry)).toEqual(new Map([['a', 'below'], ['b', 'below'], ['c', 'below']]));
  });

  it('moves a label to another side before dropping it', () => {
    // b's label below would cover a's label: it goes above.
    const placed = placeLabels([candidate('a', 100, 108, { priority: 2, width: 2, height: 2 }), candidate('b', 100, 100, { width: 2, height: 2 })], geometry);
    expect(placed).toEqual(new Map([['a', 'below'], ['b', 'above']]));
  });

  it('moves a placed label to another side when that makes room for one more', () => {
    const dot = { width: 2, height: 2 };
    const first = candidate('first', 400, 300, { ...dot, priority: 2, sides: ['below', 'above'] });
    const second = candidate('second', 460, 296, { ...dot, sides: ['below'] });
    expect(placeLabels([first, second], geometry)).toEqual(new Map([['first', 'above'], ['second', 'below']]));
  });

  it('names an area above its box, and lets actors inside the box keep their names', () => {
    const area = candidate('area', 400, 300, { width: 400, height: 300, forced: true, sides: ['above'], area: true });
    const placed = placeLabels([area, candidate('inside', 400, 300, { within: 'area' })], geometry);
    expect(placed).toEqual(new Map([['area', 'above'], ['inside', 'below']]));
  });

  it("keeps an actor's name off area boxes it is not in", () => {
    // Two boxes side by side, 20 px apart; an actor at the right edge of the left one.
    const left = candidate('left', 200, 300, { width: 200, height: 200, forced: true, sides: ['above'], area: true });
    const right = candidate('right', 420, 300, { width: 200, height: 200, forced: true, sides: ['above'], area: true });
    const actor = candidate('actor', 260, 300, { within: 'left' });
    expect(placeLabels([left, right, actor], geometry).get('actor')).toBe('below');
    // An 80 px name cannot lie below, above or right of it without reaching into the right box: left.
    const edge = candidate('edge', 295, 300, { within: 'left', sides: ['below', 'above', 'right', 'left'] });
    expect(placeLabels([left, right, edge], geometry).get('edge')).toBe('left');
    // An actor in no box keeps its name off both.
    const outside = candidate('outside', 310, 300, { sides: ['below', 'above'] });
    expect(placeLabels([left, right, outside], geometry).has('outside')).toBe(false);
  });

  it('keeps the more important label when two cannot both fit', () => {
    const near = (id: string, priority: number) => candidate(id, 400, 300, { priority, width: 4, height: 4, sides: ['below'] });
    expect([...placeLabels([near('small', 1), near('big', 9)], geometry).keys()]).toEqual(['big']);
  });

  it('always labels forced actors, before more important ones', () => {
    const stack = [candidate('hub', 400, 300, { priority: 100, sides: ['below'] }), candidate('chosen', 400, 300, { forced: true, sides: ['below'] })];
    expect([...placeLabels(stack, geometry).keys()]).toEqual(['chosen']);
    // Two forced on the same spot both keep their label.
    const both = [candidate('x', 400, 300, { forced: true }), candidate('y', 400, 300, { forced: true })];
    expect(placeLabels(both, geometry).size).toBe(2);
  });

  it('puts a forced label that has no free side where it covers no other label, over a node rather than over a name', () => {
    // The chosen actor's partners crowd round it: below its node lies the name of the partner under
    // it, above it the node of the partner over it (whose own name is further up).
    const over = candidate('over', 400, 275, { forced: true, priority: 3, sides: ['above'] });
    const under = candidate('under', 400, 335, { forced: true, priority: 2, sides: ['above'] });
    const chosen = candidate('chosen', 400, 300, { forced: true, priority: 1, sides: ['below', 'above'] });
    const placed = placeLabels([over, under, chosen], geometry);
    expect(placed.get('under')).toBe('above');
    expect(placed.get('chosen')).toBe('above');
    expect(boxesOverlap(labelBox(chosen, 'above', geometry), labelBox(under, 'above', geometry))).toBe(false);
    expect(boxesOverlap(labelBox(chosen, 'below', geometry), labelBox(under, 'above', geometry))).toBe(true);
  });

  it('leaves out labels that would stick out of the view, unless forced', () => {
    expect(placeLabels([candidate('edge', 795, 595, { sides: ['below', 'right'] })], geometry).size).toBe(0);
    expect(placeLabels([candidate('edge', 795, 595, { sides: ['below', 'right'], forced: true })], geometry).size).toBe(1);
  });

  it('never lets two placed labels overlap, on a crowded view', () => {
    const crowd = scatter(2000, 800, 600);
    const placed = placeLabels(crowd, geometry);
    const boxes = crowd.flatMap((item) => {
      const side = placed.get(item.id);
      return side ? [labelBox(item, side, geometry)] : [];
    });
    expect(boxes.length).toBeGreaterThan(50);
    for (let i = 0; i < boxes.length; i += 1) for (let j = i + 1; j < boxes.length; j += 1) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('keeps labels off labelled nodes, prefers sides clear of any node, and off blocked areas', () => {
    // b's label below would cover a's node: it goes above.
    expect(placeLabels([candidate('a', 100, 130, { priority: 2 }), candidate('b', 100, 100)], geometry).get('b')).toBe('above');
    // An unlabelled node (c, outside the view's right edge for its own label) is avoided when a side is clear.
    const lone = [candidate('d', 400, 100), candidate('c', 400, 126, { priority: 0, sides: [] })];
    expect(placeLabels(lone, geometry).get('d')).toBe('above');
    const blocked = { ...geometry, blocked: [{ x1: 0, y1: 60, x2: 800, y2: 600 }] };
    expect(placeLabels([candidate('e', 400, 50)], blocked).get('e')).toBe('above');
  });
});

describe('placeWideLabels', () => {
  it('shows a whole long name where it fits, and the shortened one where it would cost a neighbour its label', () => {
    const alone = candidate('alone', 400, 100, { fullWidth: 300 });
    expect(placeWideLabels([alone], geometry)).toEqual({ sides: new Map([['alone', 'below']]), wide: new Set(['alone']) });
    // A neighbour 150 px to the right, named below too: the whole name (300 px) would run into it.
    const neighbour = candidate('neighbour', 550, 100, { priority: 0, sides: ['below'] });
    const crowded = placeWideLabels([{ ...alone, sides: ['below'] }, neighbour], geometry);
    expect(crowded).toEqual({ sides: new Map([['alone', 'below'], ['neighbour', 'below']]), wide: new Set() });
  });

  it('keeps a shortened name on its side rather than move the whole name to a side far from its node', () => {
    // Named below (shortened); the whole name would fit only off to one side, where it ends under the other node.
    const big = candidate('big', 400, 100, { width: 60, height: 60, priority: 2, fullWidth: 300 });
    const other = candidate('other', 250, 95, { priority: 1, sides: ['above'] });
    const blocker = candidate('blocker', 560, 140, { priority: 3, sides: ['left'], textWidth: 60 });
    const placed = placeWideLabels([big, other, blocker], geometry);
    expect(placed.sides.get('big')).toBe('below');
    expect(placed.wide.has('big')).toBe(false);
  });
});

describe('labelFontPx', () => {
  it('is 12 px zoomed out and grows slowly to at most 16 px', () => {
    expect(labelFontPx(0.2)).toBe(12);
    expect(labelFontPx(1)).toBe(12);
    expect(labelFontPx(2)).toBeCloseTo(14.27, 1);
    expect(labelFontPx(4)).toBe(16);
  });
});
