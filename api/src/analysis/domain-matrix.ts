import { lifeDomainNames, type LifeDomain, type Relation } from '@weefsel/graph-schema';
import type { AnalysisGraph } from './analysis-graph';

/** One cell of the domain x domain matrix (a before or equal to b in graph-schema's order). */
export interface DomainCell {
  a: LifeDomain;
  b: LifeDomain;
  /** Actor pairs with a tie where one works in a and the other in b (each pair counted once). */
  tieCount: number;
  /** The collaboration relations behind those ties. */
  relations: Relation[];
}

export interface DomainMatrix {
  domains: LifeDomain[];
  /**
   * Per domain: inside actors working in it, and boundary partners working in it. The cells count
   * ties with boundary partners too, so a domain nobody inside works in can still have ties here:
   * through partners outside the area, which the partner count says.
   */
  actorCounts: { domain: LifeDomain; actorCount: number; partnerCount: number }[];
  /** Every pair a <= b, empty ones included, in graph-schema's domain order. */
  cells: DomainCell[];
}

/**
 * Which domains work together: a tie between an actor in welfare and one in housing counts in the
 * welfare-housing cell; an actor in several domains puts its ties in several cells. Ties with
 * boundary partners count (the partner's domains are real); domains come from graph-schema.
 * `withRelations` false leaves the cells' relation lists empty (the gap finder only needs counts).
 */
export function domainMatrix(ag: AnalysisGraph, withRelations = true): DomainMatrix {
  const order = new Map(lifeDomainNames.map((d, i) => [d, i]));
  const size = lifeDomainNames.length;
  // Cells of the upper triangle, row by row: (a, b) with a <= b sits at a*size - a(a-1)/2 + (b-a).
  const cellIndex = (a: number, b: number) => a * size - (a * (a - 1)) / 2 + (b - a);
  const cellList: DomainCell[] = lifeDomainNames.flatMap((a, i) => lifeDomainNames.slice(i).map((b) => ({ a, b, tieCount: 0, relations: [] })));
  // Domain indices per node, and a stamp per cell so a tie counts once per cell.
  const domainsOf = ag.adjacency.ids.map((id) => (ag.actors.get(id)?.domains ?? []).map((d) => order.get(d) as number));
  const stamp = new Int32Array(cellList.length).fill(-1);
  ag.ties.forEach((tie, k) => {
    for (const x of domainsOf[tie.source] as number[]) {
      for (const y of domainsOf[tie.target] as number[]) {
        const cell = cellIndex(Math.min(x, y), Math.max(x, y));
        if (stamp[cell] === k) continue;
        stamp[cell] = k;
        const target = cellList[cell] as DomainCell;
        target.tieCount++;
        if (withRelations) target.relations.push(...tie.relations);
      }
    }
  });
  return { domains: [...lifeDomainNames], actorCounts: actorCountsByDomain(ag), cells: cellList };
}

function actorCountsByDomain(ag: AnalysisGraph): DomainMatrix['actorCounts'] {
  const counts = new Map(lifeDomainNames.map((domain) => [domain, { domain, actorCount: 0, partnerCount: 0 }]));
  ag.adjacency.ids.forEach((id, i) => {
    for (const d of ag.actors.get(id)?.domains ?? []) {
      const count = counts.get(d)!;
      if (ag.insideWeights[i] === 1) count.actorCount++;
      else count.partnerCount++;
    }
  });
  return [...counts.values()];
}
