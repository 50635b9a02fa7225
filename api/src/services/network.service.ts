import type { Scope, Subgraph } from '@weefsel/graph-schema';
import type { GraphStore } from '../store/graph-store';
import { checkRange, pageLimits } from './paging';

export class NetworkService {
  constructor(private readonly store: GraphStore) {}

  network(scope: Scope, asOf: string | null): Promise<Subgraph> {
    return this.store.subgraph(scope, asOf);
  }

  egoNetwork(actorId: string, depth: number, asOf: string | null): Promise<Subgraph> {
    checkRange('egoNetwork', 'depth', depth, 1, pageLimits.maxEgoDepth);
    return this.store.egoNetwork(actorId, depth, asOf);
  }
}
