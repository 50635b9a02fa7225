import { validateSearchText, type Actor, type ActorInput, type Relation } from '@weefsel/graph-schema';
import type { ActorFilter, ActorPage, GraphStore } from '../store/graph-store';
import type { WriteAuthor } from '../store/user-audit-store';
import { checkRange, pageLimits } from './paging';
import { personNameKinds } from './privacy.service';

export class ActorService {
  constructor(private readonly store: GraphStore) {}

  get(id: string): Promise<Actor | null> {
    return this.store.getActor(id);
  }

  /** Without `seesPersonalData`, people are sorted (and paged) under the label shown instead of their name. */
  list(filter: ActorFilter, offset: number, limit: number, seesPersonalData = true): Promise<ActorPage> {
    checkRange('actors', 'offset', offset, 0, Number.MAX_SAFE_INTEGER);
    checkRange('actors', 'limit', limit, 1, pageLimits.maxPageSize);
    return this.store.listActors({ ...filter, hidePersonNames: !seesPersonalData }, { offset, limit });
  }

  /**
   * Without `seesPersonalData`, the store leaves people out before the limit: their names are
   * hidden, so finding them by name would reveal the name all the same, and a short page would
   * tell that a person matched.
   */
  search(text: string, limit: number, seesPersonalData = true): Promise<Actor[]> {
    validateSearchText(text, 'search');
    checkRange('search', 'limit', limit, 1, pageLimits.maxSearchResults);
    return this.store.searchActors(text, limit, seesPersonalData ? {} : { excludeKinds: personNameKinds });
  }

  relationsOf(actorId: string): Promise<Relation[]> {
    return this.store.relationsOf(actorId);
  }

  upsert(input: ActorInput, who?: WriteAuthor): Promise<Actor> {
    return this.store.upsertActor(input, who);
  }

  delete(id: string, who?: WriteAuthor): Promise<boolean> {
    return this.store.deleteActor(id, who);
  }
}
