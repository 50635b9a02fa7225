import { foldText, type Actor } from '@weefsel/graph-schema';
import type { ActorFilter, ActorPage, PageRequest, SearchOptions } from '../graph-store';
import { countFilteredActors, listActorsPage } from './cypher/actor-read.cypher';
import { areaMembers } from './cypher/scope.cypher';
import { fulltextSearch, luceneQuery, substringSearch } from './cypher/search.cypher';
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
 * Two candidate sets, ranked together in JS: substring matches on the folded name (already in
 * rank order, so the limit keeps the best) and word-prefix matches from the fulltext index,
 * which also finds the words of a multi-word text in any order.
 */
export async function searchActors(run: CypherRunner, text: string, limit: number, options: SearchOptions = {}): Promise<Actor[]> {
  const folded = foldText(text);
  // Like the other adapter: nothing to look for, or room for nothing, is an empty answer.
  if (folded.length === 0 || !(limit >= 1)) return [];
  const exclude = options.excludeKinds ?? [];
  const candidates = actorsOf(await run.run(substringSearch(folded, Math.floor(limit), exclude)));
  // Fulltext adds only hits whose words come in another order, which rank after every substring
  // hit: with a full page of substring hits it cannot change the answer, and is not asked.
  const lucene = candidates.length < Math.floor(limit) ? luceneQuery(folded) : null;
  if (lucene !== null) candidates.push(...actorsOf(await run.run(fulltextSearch(lucene, Math.floor(limit), exclude))));
  return rankSearchResults(candidates, folded, limit);
}
