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
 * A Java regex (as used by Cypher's `=~`) that matches when the text starts a word: at the start
 * or after a character that is no letter or digit. ASCII punctuation is escaped with a backslash,
 * which Java reads as that literal character; non-ASCII characters are never regex syntax.
 */
export function wordPrefixPattern(folded: string): string {
  const literal = [...folded].map((ch) => (ch.charCodeAt(0) < 128 && !/[A-Za-z0-9]/.test(ch) ? `\\${ch}` : ch)).join('');
  return `(?s)(.*[^\\p{L}\\p{N}])?${literal}.*`;
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
 * Substring matches on the folded name, ranked like the contract (exact, word prefix, the rest),
 * so the LIMIT keeps the best ones; actors of `excludeKinds` are left out before it. The text index
 * answers CONTAINS.
 */
export function substringSearch(folded: string, limit: number, excludeKinds: readonly string[] = []): CypherQuery {
  const exclude = excluding('a', excludeKinds);
  return {
    cypher: lines(
      `MATCH (a:${actorLabel})`,
      `WHERE a.nameFolded CONTAINS $text${exclude.condition !== null ? ` AND ${exclude.condition}` : ''}`,
      `WITH a, CASE WHEN a.nameFolded = $text THEN 0 WHEN a.nameFolded =~ $wordPrefix THEN 1 ELSE 2 END AS rank`,
      `RETURN ${actorMap('a')} AS actor`,
      `ORDER BY rank, a.nameFolded, a.id`,
      `LIMIT toInteger($limit)`,
    ),
    params: { text: folded, wordPrefix: wordPrefixPattern(folded), limit, ...exclude.params },
  };
}
