import type { RelationKind } from '@weefsel/graph-schema';
import type { Highlight } from '../../components/view-contract';
import { tiesHighlight } from '../../components/analysis/highlight';

export interface MatrixRelation {
  id: string;
  source: string;
  target: string;
  kind: RelationKind;
  /** Shown beside the tie in the cell's list. */
  since?: string | null;
  until?: string | null;
}

/** The parts of the API's DomainMatrix the heatmap reads; cells hold each pair once (a <= b). */
export interface MatrixLike<D extends string> {
  domains: readonly D[];
  actorCounts: readonly { domain: D; actorCount: number; partnerCount: number }[];
  cells: readonly { a: D; b: D; tieCount: number; relations: readonly MatrixRelation[] }[];
}

export interface HeatmapCell<D extends string> {
  row: D;
  column: D;
  tieCount: number;
  relations: readonly MatrixRelation[];
  /** 0 for an empty cell, 1 to 4 by share of the busiest cell (for the colour). */
  level: 0 | 1 | 2 | 3 | 4;
  empty: boolean;
  /**
   * One of the two domains has no actor of its own in the scope: an empty cell has nothing to link
   * (a tie counted there runs to a partner outside the area).
   */
  domainMissing: boolean;
}

export interface Heatmap<D extends string> {
  domains: readonly D[];
  rows: { domain: D; actorCount: number; partnerCount: number; cells: HeatmapCell<D>[] }[];
  maxTieCount: number;
  /** Pairs of different domains, both present in the scope, with no tie between them. */
  unlinkedPairs: [D, D][];
  /** Domains with an actor of their own in the scope: with fewer than two there is no pair to speak of. */
  presentDomains: number;
}

const pairKey = (a: string, b: string) => (a <= b ? `${a}|${b}` : `${b}|${a}`);

function levelOf(tieCount: number, max: number): HeatmapCell<string>['level'] {
  if (tieCount <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((tieCount / max) * 4))) as HeatmapCell<string>['level'];
}

/** The full square matrix (both triangles) in the API's domain order, with colour levels and empty cells. */
export function buildHeatmap<D extends string>(matrix: MatrixLike<D>): Heatmap<D> {
  const byPair = new Map(matrix.cells.map((cell) => [pairKey(cell.a, cell.b), cell]));
  const counts = new Map(matrix.actorCounts.map((count) => [count.domain, count]));
  const actors = (domain: D) => counts.get(domain)?.actorCount ?? 0;
  const maxTieCount = Math.max(0, ...matrix.cells.map((cell) => cell.tieCount));
  const rows = matrix.domains.map((row) => ({
    domain: row,
    actorCount: actors(row),
    partnerCount: counts.get(row)?.partnerCount ?? 0,
    cells: matrix.domains.map((column): HeatmapCell<D> => {
      const cell = byPair.get(pairKey(row, column));
      const tieCount = cell?.tieCount ?? 0;
      return {
        row,
        column,
        tieCount,
        relations: cell?.relations ?? [],
        level: levelOf(tieCount, maxTieCount),
        empty: tieCount === 0,
        domainMissing: !actors(row) || !actors(column),
      };
    }),
  }));
  const unlinkedPairs: [D, D][] = [];
  matrix.domains.forEach((a, i) => {
    for (const b of matrix.domains.slice(i + 1)) {
      if (!byPair.get(pairKey(a, b))?.tieCount && actors(a) && actors(b)) unlinkedPairs.push([a, b]);
    }
  });
  return { domains: matrix.domains, rows, maxTieCount, unlinkedPairs, presentDomains: matrix.domains.filter((domain) => actors(domain) > 0).length };
}

/** The ties behind a cell and their actors. */
export function cellHighlight(cell: Pick<HeatmapCell<string>, 'relations'>, label?: string): Highlight {
  return tiesHighlight([], cell.relations, label);
}

/** Where an arrow key moves in the grid (row, column), clamped to its edges. */
export function gridMove(key: string, row: number, column: number, size: number): [number, number] | null {
  const clamp = (value: number) => Math.min(size - 1, Math.max(0, value));
  const moves: Record<string, [number, number]> = {
    ArrowUp: [row - 1, column],
    ArrowDown: [row + 1, column],
    ArrowLeft: [row, column - 1],
    ArrowRight: [row, column + 1],
    Home: [row, 0],
    End: [row, size - 1],
  };
  const target = moves[key];
  return target ? [clamp(target[0]), clamp(target[1])] : null;
}
