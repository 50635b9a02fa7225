import type { Relation, RelationInput } from '@weefsel/graph-schema';
import type { GraphStore } from '../store/graph-store';

export class RelationService {
  constructor(private readonly store: GraphStore) {}

  get(id: string): Promise<Relation | null> {
    return this.store.getRelation(id);
  }

  upsert(input: RelationInput): Promise<Relation> {
    return this.store.upsertRelation(input);
  }

  delete(id: string): Promise<boolean> {
    return this.store.deleteRelation(id);
  }
}
