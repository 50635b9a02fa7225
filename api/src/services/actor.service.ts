import type { Actor, ActorInput, Relation } from '@weefsel/graph-schema';
import type { ActorFilter, ActorPage, GraphStore } from '../store/graph-store';
import { checkRange, pageLimits } from './paging';

export class ActorService {
  constructor(private readonly store: GraphStore) {}

  get(id: string): Promise<Actor | null> {
    return this.store.getActor(id);
  }

  list(filter: ActorFilter, offset: number, limit: number): Promise<ActorPage> {
    checkRange('actors', 'offset', offset, 0, Number.MAX_SAFE_INTEGER);
    checkRange('actors', 'limit', limit, 1, pageLimits.maxPageSize);
    return this.store.listActors(filter, { offset, limit });
  }

  search(text: string, limit: number): Promise<Actor[]> {
    checkRange('search', 'limit', limit, 1, pageLimits.maxSearchResults);
    return text.trim() === '' ? Promise.resolve([]) : this.store.searchActors(text, limit);
  }

  relationsOf(actorId: string): Promise<Relation[]> {
    return this.store.relationsOf(actorId);
  }

  upsert(input: ActorInput): Promise<Actor> {
    return this.store.upsertActor(input);
  }

  delete(id: string): Promise<boolean> {
    return this.store.deleteActor(id);
  }
}
