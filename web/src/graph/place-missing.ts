export interface Point {
  x: number;
  y: number;
}

/** How far from its partner a node without a position is put, in canvas pixels at zoom 1. */
const ringRadius = 60;

/**
 * Positions for every node: `known` where it has one, else next to a placed partner (round it on a
 * ring, so several newcomers do not overlap), else in a row below the drawing. Newcomers are actors
 * added since the API computed its layout (expanded neighbours, new actors): placing them next to a
 * partner keeps everyone else where people saw them.
 */
export function placeMissing(nodeIds: readonly string[], edges: readonly { source: string; target: string }[], known: ReadonlyMap<string, Point>): Map<string, Point> {
  const placed = new Map<string, Point>();
  for (const id of nodeIds) {
    const point = known.get(id);
    if (point) placed.set(id, point);
  }
  if (placed.size === nodeIds.length) return placed;
  const partners = new Map<string, string[]>();
  for (const { source, target } of edges) {
    partners.set(source, [...(partners.get(source) ?? []), target]);
    partners.set(target, [...(partners.get(target) ?? []), source]);
  }
  const aroundCount = new Map<string, number>();
  let waiting = nodeIds.filter((id) => !placed.has(id));
  // Each pass places the newcomers with a placed partner; chains of newcomers take several passes.
  for (let progress = true; waiting.length > 0 && progress; ) {
    progress = false;
    const next: string[] = [];
    for (const id of waiting) {
      const anchor = (partners.get(id) ?? []).find((partner) => placed.has(partner));
      const centre = anchor === undefined ? undefined : placed.get(anchor);
      if (anchor === undefined || !centre) {
        next.push(id);
        continue;
      }
      const slot = aroundCount.get(anchor) ?? 0;
      aroundCount.set(anchor, slot + 1);
      const angle = slot * 2.39996; // the golden angle spreads any number of slots evenly
      placed.set(id, { x: centre.x + ringRadius * Math.cos(angle), y: centre.y + ringRadius * Math.sin(angle) });
      progress = true;
    }
    waiting = next;
  }
  // Loops, not Math.min(...xs): spreading the points of a 100,000-actor scope overflows the stack.
  let left = Infinity;
  let bottom = -Infinity;
  for (const { x, y } of placed.values()) {
    left = Math.min(left, x);
    bottom = Math.max(bottom, y);
  }
  if (placed.size === 0) [left, bottom] = [0, 0];
  waiting.forEach((id, i) => placed.set(id, { x: left + (i % 40) * ringRadius, y: bottom + ringRadius * (1 + Math.floor(i / 40)) }));
  return placed;
}
