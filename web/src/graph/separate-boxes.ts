import type { Box } from './box-grid';

/** A box that may be moved as a whole (an area box with its actors, or one actor). */
export interface MovableBox {
  id: string;
  box: Box;
}

export interface Shift {
  dx: number;
  dy: number;
}

const width = (box: Box) => box.x2 - box.x1;
const height = (box: Box) => box.y2 - box.y1;
const moved = (box: Box, dx: number, dy: number): Box => ({ x1: box.x1 + dx, y1: box.y1 + dy, x2: box.x2 + dx, y2: box.y2 + dy });

/** Rounding in `moved` must not make a box placed exactly `gap` away count as too close. */
const slack = 1e-6;

/** Whether two boxes come closer than `gap` to each other. */
function tooClose(a: Box, b: Box, gap: number): boolean {
  const near = gap - slack;
  return a.x1 < b.x2 + near && b.x1 < a.x2 + near && a.y1 < b.y2 + near && b.y1 < a.y2 + near;
}

/** Where a box may go beside a box already placed: left, right, above or below it, keeping its other coordinate. */
function placesBeside(box: Box, other: Box, gap: number): Box[] {
  return [
    moved(box, other.x1 - gap - box.x2, 0),
    moved(box, other.x2 + gap - box.x1, 0),
    moved(box, 0, other.y1 - gap - box.y2),
    moved(box, 0, other.y2 + gap - box.y1),
  ];
}

/** Where `box` goes: where it is when nothing in `placed` is too close, else the nearest free place beside one of them. */
function nearestFree(box: Box, placed: readonly Box[], gap: number): Box {
  const free = (place: Box) => placed.every((other) => !tooClose(place, other, gap));
  if (free(box)) return box;
  // There always is a free place: beside the rightmost box nothing lies.
  let best = box;
  let bestDistance = Infinity;
  for (const other of placed) {
    for (const place of placesBeside(box, other, gap)) {
      const distance = Math.hypot(place.x1 - box.x1, place.y1 - box.y1);
      if (distance < bestDistance && free(place)) [best, bestDistance] = [place, distance];
    }
  }
  return best;
}

/**
 * Moves boxes apart, each as little as it can, so the picture keeps its shape: no two `areas` come
 * closer than `gap`, and no box of `others` (single actors) comes closer than `gap` to an area (they
 * may touch each other: that is the layout's business). Areas are placed by size, largest first;
 * each stays where it is when that is free, else goes to the nearest free place beside a box
 * already placed. Quadratic in areas per box moved, so a few milliseconds for dozens of areas and
 * hundreds of actors.
 *
 * Returns the shift of every box that moved.
 */
export function separateBoxes(areas: readonly MovableBox[], others: readonly MovableBox[], gap: number): Map<string, Shift> {
  const bySize = (list: readonly MovableBox[]) => [...list].sort((a, b) => width(b.box) * height(b.box) - width(a.box) * height(a.box) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: Box[] = [];
  const shifts = new Map<string, Shift>();
  const place = (id: string, box: Box, at: Box) => {
    if (at.x1 !== box.x1 || at.y1 !== box.y1) shifts.set(id, { dx: at.x1 - box.x1, dy: at.y1 - box.y1 });
    return at;
  };
  for (const { id, box } of bySize(areas)) placed.push(place(id, box, nearestFree(box, placed, gap)));
  for (const { id, box } of others) place(id, box, nearestFree(box, placed, gap));
  return shifts;
}
