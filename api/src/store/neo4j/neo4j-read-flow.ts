import { foldText, type Actor } from '@weefsel/graph-schema';
import type { ActorFilter, ActorPage, PageRequest, SearchOptions } from '../graph-store';
import { countFilteredActors, listActorsPage } from './cypher/actor-read.cypher';
import { areaMembers } from './cypher/scope.cypher';
import { fulltextSearch, luceneQuery, nameSearch, searchTerms } from './cypher/search.cypher';
import { checkAsOf, requireArea } from './neo4j-checks';
import { toActor, toNumber } from './neo4j-mapping';
import type { CypherRunner, Row } from './neo4j-runner';
import { rankSearchResults } from './search-rank';

function actorsOf(rows: readonly Row[]): Actor[] {
  return rows.map((row) => toActor(row.actor as Record<string, unknown>));
}

/** Ids inside an area, the area included; every recorded placement counts unless `asOf` is given. */
export async function memberIds(run: CypherRunner, areaId: string, asOf: string | null): Promise<string[]> {
  return (await run.run(areaMembers(areaId, asOf))).map((row) => String(row.id));
}

export async function listActors(run: CypherRunner, filter: ActorFilter, page: PageRequest): Promise<ActorPage> {
  let members: string[] | null = null;
  if (filter.areaId !== undefined && filter.areaId !== null) {
    await requireArea(run, 'listActors', 'filter.areaId', filter.areaId);
    members = await memberIds(run, filter.areaId, checkAsOf('listActors', filter.asOf));
  }
  const [countRow] = await run.run(countFilteredActors(filter, members));
  const items = actorsOf(await run.run(listActorsPage(filter, members, page)));
  return { items, total: toNumber(countRow?.count ?? 0) };
}

/**
 * Substring matches on the folded name, already in rank order (so the limit keeps the best), and,
 * for a text of several words, word-prefix matches from the fulltext index, which also finds the
 * words in another order and ranks them after every substring match.
 */
export async function searchActors(run: CypherRunner, text: string, limit: number, options: SearchOptions = {}): Promise<Actor[]> {
  const folded = foldText(text);
  // Like the other adapter: nothing to look for, or room for nothing, is an empty answer.
  if (folded.length === 0 || !(limit >= 1)) return [];
  const exclude = options.excludeKinds ?? [];
  const candidates = actorsOf(await run.run(nameSearch(folded, Math.floor(limit), exclude)));
  // With a full page of substring hits the fulltext hits cannot change the answer. For one word
  // the index would only add names its own folding matches ("tromso" for "Tromsø"), which the
  // embedded store does not find either: it is asked for words in another order only.
  const lucene = candidates.length < Math.floor(limit) && searchTerms(folded).length > 1 ? luceneQuery(folded) : null;
  if (lucene !== null) candidates.push(...actorsOf(await run.run(fulltextSearch(lucene, Math.floor(limit), exclude))));
  return rankSearchResults(candidates, folded, limit);
}
