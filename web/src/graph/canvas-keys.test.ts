import { describe, expect, it } from 'vitest';
import { canvasKeyAction, readingOrder, stepActor } from './canvas-keys';

describe('map keys', () => {
  it('pan with the arrows (further with Shift), zoom with + and -, fit with 0, step with N, let go with Escape', () => {
    expect(canvasKeyAction('ArrowLeft', false)).toEqual({ pan: { x: 60, y: 0 } });
    expect(canvasKeyAction('ArrowDown', true)).toEqual({ pan: { x: 0, y: -240 } });
    expect(canvasKeyAction('+', false)).toEqual({ zoom: 1.25 });
    expect(canvasKeyAction('-', false)).toEqual({ zoom: 0.8 });
    expect(canvasKeyAction('0', false)).toEqual({ fit: true });
    expect(canvasKeyAction('n', false)).toEqual({ step: 1 });
    expect(canvasKeyAction('N', true)).toEqual({ step: -1 });
    expect(canvasKeyAction('Escape', false)).toEqual({ clear: true });
    expect(canvasKeyAction('Enter', false)).toEqual({ open: true });
    expect(canvasKeyAction('Tab', false)).toBeNull();
  });

  it('step through actors top to bottom, left to right, wrapping round', () => {
    const order = readingOrder([
      { id: 'c', x: 0, y: 100 },
      { id: 'b', x: 50, y: 5 },
      { id: 'a', x: 10, y: 10 },
    ]);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(stepActor(order, null, 1)).toBe('a');
    expect(stepActor(order, null, -1)).toBe('c');
    expect(stepActor(order, 'a', 1)).toBe('b');
    expect(stepActor(order, 'c', 1)).toBe('a');
    expect(stepActor(order, 'a', -1)).toBe('c');
    expect(stepActor([], null, 1)).toBeNull();
  });
});
