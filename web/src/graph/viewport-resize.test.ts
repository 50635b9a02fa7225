import { describe, expect, it } from 'vitest';
import { boxInView, resizedViewport, stretchToFill } from './viewport-resize';

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
