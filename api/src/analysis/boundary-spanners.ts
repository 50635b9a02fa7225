import type { LifeDomain } from '@weefsel/graph-schema';
import type { AnalysisGraph } from './analysis-graph';
import { bitCount, domainMasks, domainsIn } from './actor-masks';

/** An actor whose ties link several life domains. */
export interface BoundarySpanner {
  actorId: string;
  ownDomains: LifeDomain[];
  /** Domains of its partners. */
  partnerDomains: LifeDomain[];
  /** Own and partner domains together, in graph-schema's order. */
  domainsLinked: LifeDomain[];
  /** Ties to partners that work in a domain this actor does not. */
  crossDomainTieCount: number;
  degree: number;
}

/**
 * Inside actors with at least one cross-domain tie whose own and partners' domains together number
 * at least `minDomains`; most domains first, then most cross-domain ties. These are the actors that
 * link, say, welfare and housing in practice.
 */
export function boundarySpanners(ag: AnalysisGraph, minDomains = 3): BoundarySpanner[] {
  const { offsets, neighbours, ids } = ag.adjacency;
  const masks = domainMasks(ag);
  const spanners: BoundarySpanner[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (ag.insideWeights[i] === 0) continue;
    const own = masks[i] as number;
    let partners = 0;
    let crossDomainTieCount = 0;
    for (let s = offsets[i] as number; s < (offsets[i + 1] as number); s++) {
      const theirs = masks[neighbours[s] as number] as number;
      partners |= theirs;
      if ((theirs & ~own) !== 0) crossDomainTieCount++;
    }
    if (crossDomainTieCount === 0 || bitCount(own | partners) < minDomains) continue;
    spanners.push({
      actorId: ids[i] as string,
      ownDomains: domainsIn(own),
      partnerDomains: domainsIn(partners),
      domainsLinked: domainsIn(own | partners),
      crossDomainTieCount,
      degree: (offsets[i + 1] as number) - (offsets[i] as number),
    });
  }
  return spanners.sort(
    (a, b) => b.domainsLinked.length - a.domainsLinked.length || b.crossDomainTieCount - a.crossDomainTieCount || a.actorId.localeCompare(b.actorId),
  );
}
