import type { Actor } from '@weefsel/graph-schema';
import { compareSearchHits, searchRank } from '../shared/search-rank';
import { nameKey } from '../shared/record-fields';

/** Rank of a fulltext hit whose name does not contain the text as typed (words in another order). */
export const otherMatchRank = 3;

/** Distinct candidates by rank (exact, word prefix, substring, other), folded name, id; at most `limit`. */
export function rankSearchResults(candidates: readonly Actor[], folded: string, limit: number): Actor[] {
  const byId = new Map(candidates.map((actor) => [actor.id, actor]));
  return [...byId.values()]
    .map((actor) => {
      const nameFolded = nameKey(actor.name);
      return { actor, id: actor.id, nameFolded, rank: searchRank(nameFolded, folded) ?? otherMatchRank };
    })
    .sort(compareSearchHits)
    .slice(0, limit)
    .map((hit) => hit.actor);
}
