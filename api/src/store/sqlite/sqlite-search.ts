import type { Database } from 'better-sqlite3';
import { foldText, validateSearchText, type Actor } from '@weefsel/graph-schema';
import type { SearchOptions } from '../graph-store';
import { actorColumns, toActor, type ActorRow } from './sqlite-rows';
import { jsonSet } from './sqlite-sql';
import { searchRankFunction } from './sqlite-statements';

/** Trigrams need three characters; shorter queries scan the folded names instead. */
const trigramMinimum = 3;

function searchSql(useTrigrams: boolean): string {
  // instr() keeps the names that hold the text itself, and the kinds the caller may see, before the LIMIT.
  const where = `instr(a.name_folded, @query) > 0 AND a.kind NOT IN ${jsonSet('exclude')}`;
  const order = `ORDER BY ${searchRankFunction}(a.name_folded, @query), a.name_folded, a.id LIMIT @limit`;
  return useTrigrams
    ? `SELECT ${actorColumns} FROM actor_search s JOIN actors a ON a.rowid = s.rowid WHERE actor_search MATCH @match AND ${where} ${order}`
    : `SELECT ${actorColumns} FROM actors a WHERE ${where} ${order}`;
}

/**
 * The distinct trigrams of a folded text, each quoted (no query syntax) and all required. A phrase
 * of every trigram would read the index list of a trigram once per occurrence, so a text repeating
 * a common trigram ("enenen...") read the same long list over and over; each list is read once here.
 */
export function trigramMatch(query: string): string {
  const characters = [...query];
  const trigrams = new Set<string>();
  for (let i = 0; i + trigramMinimum <= characters.length; i += 1) trigrams.add(characters.slice(i, i + trigramMinimum).join(''));
  return [...trigrams].map((trigram) => `"${trigram.replaceAll('"', '""')}"`).join(' AND ');
}

export function prepareSearch(db: Database) {
  const trigram = db.prepare<Record<string, unknown>, ActorRow>(searchSql(true));
  const scan = db.prepare<Record<string, unknown>, ActorRow>(searchSql(false));
  return (text: string, limit: number, options: SearchOptions = {}): Actor[] => {
    const query = foldText(validateSearchText(text, 'searchActors'));
    if (query === '' || !(limit >= 1)) return [];
    const params = { query, limit: Math.floor(limit), exclude: JSON.stringify(options.excludeKinds ?? []) };
    const rows = [...query].length >= trigramMinimum ? trigram.all({ ...params, match: trigramMatch(query) }) : scan.all(params);
    return rows.map(toActor);
  };
}
