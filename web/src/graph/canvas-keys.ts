/** What a key pressed on the map does: pan, zoom, fit, step to the next or previous actor, or let go of the chosen one. */
export type CanvasKeyAction =
  | { pan: { x: number; y: number } }
  | { zoom: number }
  | { fit: true }
  | { step: 1 | -1 }
  | { open: true }
  | { clear: true };

/** Pixels one arrow key pans; with Shift four times as far. */
const panStep = 60;

/**
 * The map's keys (said in the hint under the map): arrows pan, + and - zoom, 0 fits, N and Shift+N
 * choose the next and previous actor (top to bottom, left to right), Escape lets go. Other keys
 * (Tab above all) keep their usual meaning. Where choosing opens something (an area of the
 * overview), N only marks it and Enter opens it.
 */
export function canvasKeyAction(key: string, shift: boolean): CanvasKeyAction | null {
  const far = shift ? 4 : 1;
  switch (key) {
    case 'ArrowLeft':
      return { pan: { x: panStep * far, y: 0 } };
    case 'ArrowRight':
      return { pan: { x: -panStep * far, y: 0 } };
    case 'ArrowUp':
      return { pan: { x: 0, y: panStep * far } };
    case 'ArrowDown':
      return { pan: { x: 0, y: -panStep * far } };
    case '+':
    case '=':
      return { zoom: 1.25 };
    case '-':
    case '_':
      return { zoom: 0.8 };
    case '0':
      return { fit: true };
    case 'n':
    case 'N':
      return { step: shift ? -1 : 1 };
    case 'Enter':
      return { open: true };
    case 'Escape':
      return { clear: true };
    default:
      return null;
  }
}

/** Actors in reading order: by rows of `rowHeight` from the top, then left to right. */
export function readingOrder(actors: readonly { id: string; x: number; y: number }[], rowHeight = 40): string[] {
  return [...actors].sort((a, b) => Math.floor(a.y / rowHeight) - Math.floor(b.y / rowHeight) || a.x - b.x || (a.id < b.id ? -1 : 1)).map((actor) => actor.id);
}

/** The actor after (or before) `current` in `order`, wrapping round; the first (or last) when none is chosen. */
export function stepActor(order: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at < 0) return step === 1 ? order[0]! : order[order.length - 1]!;
  return order[(at + step + order.length) % order.length]!;
}
