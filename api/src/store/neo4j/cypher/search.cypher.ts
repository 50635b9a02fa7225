import { markWordStarts } from '../../shared/search-rank';
import { actorNameIndex } from '../neo4j-schema';
import { actorLabel } from './cypher-names';
import { lines, type CypherQuery } from './cypher-query';
import { actorMap } from './projections';

// Characters with a meaning in Lucene's classic query syntax (`&&` and `||` are covered by & and |).
const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(luceneSpecial, (ch) => `\\${ch}`);
}

/** Words as the standard tokenizer sees them, roughly: runs of letters and digits. */
export function searchTerms(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((term) => term.length > 0);
}

/**
 * A Lucene query in which every term must match the start of a word: `sociaal* AND huis*`.
 * Null when the text has no letters or digits (it cannot match a token then).
 */
export function luceneQuery(folded: string): string | null {
  const terms = searchTerms(folded);
  if (terms.length === 0) return null;
  // Lower case (folded text already is), so a term can never be read as the operators AND / OR / NOT.
  return terms.map((term) => `${escapeLucene(term.toLowerCase())}*`).join(' AND ');
}

/**
 * `NOT kind IN $exclude` only when something is excluded: the predicate reads every candidate's
 * kind, about a tenth of a search that scans a few thousand substring matches.
 */
function excluding(node: string, excludeKinds: readonly string[]): { condition: string | null; params: Record<string, unknown> } {
  return excludeKinds.length > 0 ? { condition: `NOT ${node}.kind IN $exclude`, params: { exclude: [...excludeKinds] } } : { condition: null, params: {} };
}

/** Word-prefix matches from the fulltext index (accent folding by its analyzer), best score first; no actor of `excludeKinds`. */
export function fulltextSearch(lucene: string, limit: number, excludeKinds: readonly string[] = []): CypherQuery {
  const exclude = excluding('node', excludeKinds);
  return {
    cypher: lines(
      `CALL db.index.fulltext.queryNodes('${actorNameIndex}', $query) YIELD node, score`,
      exclude.condition !== null && `WHERE ${exclude.condition}`,
      `RETURN ${actorMap('node')} AS actor`,
      `ORDER BY score DESC, node.id`,
      `LIMIT toInteger($limit)`,
    ),
    params: { query: lucene, limit, ...exclude.params },
  };
}

/**
 * Substring matches on the folded name, best first as the contract ranks them (exact, word prefix,
 * the rest; then name and id), at most `limit`; actors of `excludeKinds` are left out before it.
 * The word-prefix matches come from the text index on the marked name (see `markWordStarts`), so a
 * common word does not rank every name that merely contains it; the other substring matches are
 * looked up only when those leave room (the UNWIND of an empty list skips the second index scan).
 */
export function nameSearch(folded: string, limit: number, excludeKinds: readonly string[] = []): CypherQuery {
  const exclude = excluding('a', excludeKinds);
  const excludeOther = excluding('b', excludeKinds);
  return {
    cypher: lines(
      `MATCH (a:${actorLabel})`,
      `WHERE a.nameMarked CONTAINS $marked${exclude.condition !== null ? ` AND ${exclude.condition}` : ''}`,
      `WITH a, a.nameFolded AS name`,
      `ORDER BY CASE WHEN name = $text THEN 0 ELSE 1 END, name, a.id`,
      `LIMIT toInteger($limit)`,
      `WITH collect(a) AS wordStarts`,
      `CALL (wordStarts) {`,
      `  UNWIND CASE WHEN size(wordStarts) < $limit THEN [true] ELSE [] END AS room`,
      `  MATCH (b:${actorLabel})`,
      `  WHERE b.nameFolded CONTAINS $text AND NOT b.nameMarked CONTAINS $marked${excludeOther.condition !== null ? ` AND ${excludeOther.condition}` : ''}`,
      `  WITH b ORDER BY b.nameFolded, b.id`,
      `  LIMIT toInteger($limit)`,
      `  RETURN collect(b) AS inside`,
      `}`,
      `UNWIND (wordStarts + inside)[0..toInteger($limit)] AS a`,
      `RETURN ${actorMap('a')} AS actor`,
    ),
    params: { text: folded, marked: markWordStarts(folded), limit, ...exclude.params },
  };
}
