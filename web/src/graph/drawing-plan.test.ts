import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { planDrawing, type DrawingInput } from './drawing-plan';

const actor = (id: string, position?: { x: number; y: number }): ElementDefinition => ({ group: 'nodes', data: { id }, ...(position ? { position } : {}) });
const tie = (source: string, target: string): ElementDefinition => ({ group: 'edges', data: { id: `${source}-${target}`, source, target } });
const drawnBefore = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
]);
const base: DrawingInput = { definitions: [actor('a'), actor('b'), actor('c'), tie('c', 'b')], layout: 'fcose', drawnBefore, samePicture: true, layoutChosen: false };

describe('planDrawing', () => {
  it('after an edit in the same scope keeps every actor drawn where it was and puts a new one next to its partner', () => {
    const plan = planDrawing(base);
    expect(plan.kind).toBe('at');
    if (plan.kind !== 'at') return;
    expect(plan.positions.get('a')).toEqual({ x: 0, y: 0 });
    expect(plan.positions.get('b')).toEqual({ x: 100, y: 0 });
    const c = plan.positions.get('c')!;
    expect(Math.hypot(c.x - 100, c.y)).toBeLessThanOrEqual(60);
  });

  it('lays out afresh for another scope, another layout picked or a reset, unless every actor has a position', () => {
    expect(planDrawing({ ...base, samePicture: false }).kind).toBe('layout');
    expect(planDrawing({ ...base, layoutChosen: true }).kind).toBe('layout');
    expect(planDrawing({ ...base, drawnBefore: new Map() }).kind).toBe('layout');
    const kept = [actor('a', { x: 5, y: 6 }), actor('b', { x: 7, y: 8 }), { group: 'nodes', data: { id: 'zone', group: true } } as ElementDefinition];
    const plan = planDrawing({ ...base, definitions: kept, samePicture: false, layoutChosen: true });
    expect(plan).toEqual({ kind: 'at', positions: new Map([['a', { x: 5, y: 6 }], ['b', { x: 7, y: 8 }]]) });
  });

  it('always lays the community layout out afresh', () => {
    expect(planDrawing({ ...base, layout: 'community', definitions: [actor('a', { x: 1, y: 1 })] }).kind).toBe('layout');
  });
});
