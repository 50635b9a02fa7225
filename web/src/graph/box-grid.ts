/** A rectangle in screen pixels. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

interface Entry {
  box: Box;
  owner: string;
}

/**
 * Boxes bucketed in square cells, each with an owner, so a test for overlap looks at a few
 * neighbours only and a box can be taken out again (label placement moves labels).
 */
export class BoxGrid {
  private readonly cells = new Map<number, Entry[]>();
  private readonly boxes = new Map<string, Box[]>();
  constructor(private readonly cell: number) {}

  private keys(box: Box): number[] {
    const keys: number[] = [];
    const [cx1, cx2] = [Math.floor(box.x1 / this.cell), Math.floor(box.x2 / this.cell)];
    const [cy1, cy2] = [Math.floor(box.y1 / this.cell), Math.floor(box.y2 / this.cell)];
    // Cells are keyed as one number; offsets keep negative coordinates (boxes just off screen) apart.
    for (let cx = cx1; cx <= cx2; cx += 1) for (let cy = cy1; cy <= cy2; cy += 1) keys.push((cx + 4096) * 8192 + (cy + 4096));
    return keys;
  }

  /** Whether the box overlaps a box of another owner than `except`. */
  collides(box: Box, except?: string): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((entry) => entry.owner !== except && boxesOverlap(box, entry.box)) ?? false);
  }

  /** How much of the box (in square pixels) boxes of other owners than `except` cover, summed over them. */
  coveredArea(box: Box, except?: string): number {
    const seen = new Set<Entry>();
    let area = 0;
    for (const key of this.keys(box)) {
      for (const entry of this.cells.get(key) ?? []) {
        if (entry.owner === except || seen.has(entry) || !boxesOverlap(box, entry.box)) continue;
        seen.add(entry);
        area += (Math.min(box.x2, entry.box.x2) - Math.max(box.x1, entry.box.x1)) * (Math.min(box.y2, entry.box.y2) - Math.max(box.y1, entry.box.y1));
      }
    }
    return area;
  }

  /** The owners of the boxes the box overlaps. */
  owners(box: Box): Set<string> {
    const found = new Set<string>();
    for (const key of this.keys(box)) for (const entry of this.cells.get(key) ?? []) if (boxesOverlap(box, entry.box)) found.add(entry.owner);
    return found;
  }

  add(box: Box, owner: string): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list) list.push({ box, owner });
      else this.cells.set(key, [{ box, owner }]);
    }
    this.boxes.set(owner, [...(this.boxes.get(owner) ?? []), box]);
  }

  remove(owner: string): void {
    for (const box of this.boxes.get(owner) ?? []) {
      for (const key of this.keys(box)) {
        const list = this.cells.get(key);
        if (list) this.cells.set(key, list.filter((entry) => entry.owner !== owner));
      }
    }
    this.boxes.delete(owner);
  }
}
