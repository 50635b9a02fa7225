import { describe, expect, it } from 'vitest';
import { buildHeatmap, cellHighlight, gridMove, type MatrixLike } from './heatmap-cells';

type D = 'CARE' | 'HOUSING' | 'WELFARE' | 'WORK';
const rel = (id: string, source: string, target: string) => ({ id, source, target, kind: 'PARTNERS_WITH' as const });

const matrix: MatrixLike<D> = {
  domains: ['CARE', 'HOUSING', 'WELFARE', 'WORK'],
  actorCounts: [
    { domain: 'CARE', actorCount: 3, partnerCount: 1 },
    { domain: 'HOUSING', actorCount: 1, partnerCount: 0 },
    { domain: 'WELFARE', actorCount: 2, partnerCount: 4 },
    { domain: 'WORK', actorCount: 0, partnerCount: 0 },
  ],
  cells: [
    { a: 'CARE', b: 'CARE', tieCount: 8, relations: [] },
    { a: 'CARE', b: 'HOUSING', tieCount: 0, relations: [] },
    { a: 'CARE', b: 'WELFARE', tieCount: 2, relations: [rel('r1', 'caw', 'wzc'), rel('r2', 'caw', 'ocmw')] },
    { a: 'CARE', b: 'WORK', tieCount: 0, relations: [] },
    { a: 'HOUSING', b: 'HOUSING', tieCount: 0, relations: [] },
    { a: 'HOUSING', b: 'WELFARE', tieCount: 1, relations: [rel('r3', 'huis', 'caw')] },
    { a: 'HOUSING', b: 'WORK', tieCount: 0, relations: [] },
    { a: 'WELFARE', b: 'WELFARE', tieCount: 4, relations: [] },
    { a: 'WELFARE', b: 'WORK', tieCount: 0, relations: [] },
    { a: 'WORK', b: 'WORK', tieCount: 0, relations: [] },
  ],
};

describe('domain heatmap', () => {
  const heatmap = buildHeatmap(matrix);
  const cell = (row: D, column: D) => heatmap.rows.find((r) => r.domain === row)!.cells.find((c) => c.column === column)!;

  it('fills both triangles of the square in the API order', () => {
    expect(heatmap.rows.map((row) => row.domain)).toEqual(matrix.domains);
    expect(heatmap.rows.every((row) => row.cells.length === 4)).toBe(true);
    expect(cell('WELFARE', 'CARE').tieCount).toBe(2);
    expect(cell('WELFARE', 'CARE').relations).toBe(cell('CARE', 'WELFARE').relations);
  });

  it('scales colour levels to the busiest cell and gives empty cells level 0', () => {
    expect(heatmap.maxTieCount).toBe(8);
    expect(cell('CARE', 'CARE').level).toBe(4);
    expect(cell('WELFARE', 'WELFARE').level).toBe(2);
    expect(cell('HOUSING', 'WELFARE').level).toBe(1);
    expect(cell('CARE', 'HOUSING')).toMatchObject({ level: 0, empty: true, domainMissing: false });
  });

  it('tells an empty cell between two present domains from one where a domain has no actors', () => {
    expect(cell('CARE', 'WORK')).toMatchObject({ empty: true, domainMissing: true });
    expect(heatmap.unlinkedPairs).toEqual([['CARE', 'HOUSING']]);
  });

  it('counts the domains present, so that no pair is spoken of where fewer than two are', () => {
    expect(heatmap.presentDomains).toBe(matrix.actorCounts.filter((count) => count.actorCount > 0).length);
    const unrecorded = buildHeatmap({ ...matrix, actorCounts: matrix.actorCounts.map((count) => ({ ...count, actorCount: 0 })) });
    expect(unrecorded).toMatchObject({ presentDomains: 0, unlinkedPairs: [] });
  });

  it('counts the ties of a domain whose only workers are partners outside the area, and says how many partners', () => {
    const outside = buildHeatmap({
      ...matrix,
      actorCounts: matrix.actorCounts.map((count) => (count.domain === 'WORK' ? { ...count, partnerCount: 2 } : count)),
      cells: matrix.cells.map((c) => (c.a === 'WELFARE' && c.b === 'WORK' ? { ...c, tieCount: 1 } : c)),
    });
    const at = (row: D, column: D) => outside.rows.find((r) => r.domain === row)!.cells.find((c) => c.column === column)!;
    expect(outside.rows.find((r) => r.domain === 'WORK')).toMatchObject({ actorCount: 0, partnerCount: 2 });
    expect(at('WELFARE', 'WORK')).toMatchObject({ tieCount: 1, empty: false, level: 1 });
    // Nothing of its own to link: no "never work together here" for an empty cell of that domain.
    expect(at('CARE', 'WORK')).toMatchObject({ empty: true, domainMissing: true });
    // Pairs that never meet are the area's own: a domain without inside actors is not one of them.
    expect(outside.unlinkedPairs).toEqual([['CARE', 'HOUSING']]);
  });

  it('counts a missing cell as empty', () => {
    const sparse = buildHeatmap({ ...matrix, cells: matrix.cells.filter((c) => c.tieCount > 0) });
    expect(sparse.rows[0]?.cells[1]).toMatchObject({ tieCount: 0, empty: true, relations: [] });
  });

  it('has level 0 everywhere when no domains meet', () => {
    const none = buildHeatmap({ ...matrix, cells: [] });
    expect(none.maxTieCount).toBe(0);
    expect(none.rows.flatMap((row) => row.cells).every((c) => c.level === 0 && c.empty)).toBe(true);
  });

  it('highlights the ties of a cell and their ends', () => {
    expect(cellHighlight(cell('CARE', 'WELFARE'), 'zorg x welzijn')).toEqual({
      nodes: ['caw', 'wzc', 'ocmw'],
      edges: ['r1', 'r2'],
      label: 'zorg x welzijn',
    });
  });
});

describe('keyboard moves in the heatmap grid', () => {
  it('moves one cell with the arrows, to the row ends with Home and End, and stops at the edges', () => {
    expect(gridMove('ArrowRight', 0, 0, 4)).toEqual([0, 1]);
    expect(gridMove('ArrowDown', 2, 1, 4)).toEqual([3, 1]);
    expect(gridMove('ArrowDown', 3, 1, 4)).toEqual([3, 1]);
    expect(gridMove('ArrowLeft', 1, 0, 4)).toEqual([1, 0]);
    expect(gridMove('ArrowUp', 0, 2, 4)).toEqual([0, 2]);
    expect(gridMove('Home', 2, 3, 4)).toEqual([2, 0]);
    expect(gridMove('End', 2, 0, 4)).toEqual([2, 3]);
  });

  it('ignores other keys', () => {
    expect(gridMove('Enter', 1, 1, 4)).toBeNull();
    expect(gridMove('a', 1, 1, 4)).toBeNull();
  });
});
