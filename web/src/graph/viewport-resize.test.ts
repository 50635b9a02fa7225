import { describe, expect, it } from 'vitest';
import { boxInView, fittedViewport, resizedViewport, stretchToFill } from './viewport-resize';

const limits = { min: 0.05, max: 4 };

describe('resizedViewport', () => {
  it('keeps the middle of the view and shrinks the picture with a narrower canvas', () => {
    const view = { zoom: 1, pan: { x: 500, y: 300 } };
    const next = resizedViewport(view, { width: 1000, height: 600 }, { width: 500, height: 600 }, limits);
    expect(next.zoom).toBe(0.5);
    // The model origin was in the middle and still is.
    expect(next.pan).toEqual({ x: 250, y: 300 });
  });

  it('shows what was at the left and right edges within the new edges', () => {
    const view = { zoom: 2, pan: { x: 100, y: 50 } };
    const before = { width: 1200, height: 800 };
    const after = { width: 700, height: 800 };
    const next = resizedViewport(view, before, after, limits);
    const toScreen = (modelX: number) => modelX * next.zoom + next.pan.x;
    expect(toScreen((0 - view.pan.x) / view.zoom)).toBeCloseTo(0);
    expect(toScreen((1200 - view.pan.x) / view.zoom)).toBeCloseTo(700);
  });

  it('keeps the zoom within its limits and ignores an empty (hidden) canvas', () => {
    const view = { zoom: 0.06, pan: { x: 0, y: 0 } };
    expect(resizedViewport(view, { width: 1000, height: 600 }, { width: 100, height: 600 }, limits).zoom).toBe(0.05);
    expect(resizedViewport(view, { width: 0, height: 0 }, { width: 100, height: 600 }, limits)).toBe(view);
  });
});

describe('boxInView', () => {
  it('allows a pixel of rounding at the edges', () => {
    expect(boxInView({ x1: -0.5, y1: 0, x2: 800.5, y2: 600 }, { width: 800, height: 600 })).toBe(true);
    expect(boxInView({ x1: -20, y1: 0, x2: 780, y2: 600 }, { width: 800, height: 600 })).toBe(false);
  });
});

describe('stretchToFill', () => {
  it('stretches a flat drawing vertically and a tall one horizontally, to the canvas shape, within a limit', () => {
    expect(stretchToFill({ width: 600, height: 300 }, { width: 600, height: 450 })).toEqual({ x: 1, y: 1.5 });
    expect(stretchToFill({ width: 100, height: 400 }, { width: 800, height: 400 })).toEqual({ x: 2.2, y: 1 });
    expect(stretchToFill({ width: 0, height: 0 }, { width: 800, height: 400 })).toEqual({ x: 1, y: 1 });
  });
});

describe('fittedViewport', () => {
  const canvas = { width: 600, height: 500 };
  /** The drawing's box on screen under a viewport. */
  const onScreen = (box: { x1: number; y1: number; w: number; h: number }, view: { zoom: number; pan: { x: number; y: number } }) => ({
    x1: box.x1 * view.zoom + view.pan.x,
    y1: box.y1 * view.zoom + view.pan.y,
    x2: (box.x1 + box.w) * view.zoom + view.pan.x,
    y2: (box.y1 + box.h) * view.zoom + view.pan.y,
  });

  it('keeps the drawing clear of the area trail above and the zoom buttons below, centred between them', () => {
    const box = { x1: -100, y1: -300, w: 200, h: 600 };
    const view = fittedViewport(box, canvas, { top: 50, bottom: 45 }, 30, limits);
    const drawn = onScreen(box, view);
    expect(drawn.y1).toBeCloseTo(50 + 30);
    expect(drawn.y2).toBeCloseTo(500 - 45 - 30);
    expect((drawn.x1 + drawn.x2) / 2).toBeCloseTo(300);
    // Without covers it would reach the top and bottom padding only.
    const plain = onScreen(box, fittedViewport(box, canvas, { top: 0, bottom: 0 }, 30, limits));
    expect(plain.y1).toBeCloseTo(30);
    expect(plain.y2).toBeCloseTo(470);
  });

  it('fits a wide drawing by its width, and zooms in no further than the limit', () => {
    const wide = { x1: 0, y1: 0, w: 1080, h: 100 };
    expect(fittedViewport(wide, canvas, { top: 50, bottom: 45 }, 30, limits).zoom).toBeCloseTo(0.5);
    expect(fittedViewport({ x1: 0, y1: 0, w: 10, h: 10 }, canvas, { top: 0, bottom: 0 }, 30, { min: 0.05, max: 1 }).zoom).toBe(1);
  });

  it('ignores covers that would leave less than half the map', () => {
    const box = { x1: 0, y1: 0, w: 100, h: 100 };
    expect(fittedViewport(box, canvas, { top: 200, bottom: 100 }, 30, limits)).toEqual(fittedViewport(box, canvas, { top: 0, bottom: 0 }, 30, limits));
  });
});
