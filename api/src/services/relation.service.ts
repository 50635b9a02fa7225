import type { Relation, RelationInput } from '@weefsel/graph-schema';
import type { GraphStore } from '../store/graph-store';
import type { WriteAuthor } from '../store/user-audit-store';

export class RelationService {
  constructor(private readonly store: GraphStore) {}

  get(id: string): Promise<Relation | null> {
    return this.store.getRelation(id);
  }

  upsert(input: RelationInput, who?: WriteAuthor): Promise<Relation> {
    return this.store.upsertRelation(input, who);
  }

  delete(id: string, who?: WriteAuthor): Promise<boolean> {
    return this.store.deleteRelation(id, who);
  }
}
