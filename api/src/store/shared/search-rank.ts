/** How well a folded name matches a folded query; lower ranks first. */
export const searchRanks = { exact: 0, wordPrefix: 1, substring: 2 } as const;

export type SearchRank = (typeof searchRanks)[keyof typeof searchRanks];

const wordCharacter = /[\p{L}\p{N}]/u;

/**
 * The rank of a name for a search (both already folded with `foldText`), or null when the name does
 * not contain the query. A word starts after anything that is not a letter or digit, so
 * "noord-west" has a word "west", as Lucene's standard tokenizer would see it.
 */
export function searchRank(nameFolded: string, queryFolded: string): SearchRank | null {
  if (queryFolded === '') return null;
  if (nameFolded === queryFolded) return searchRanks.exact;
  let at = nameFolded.indexOf(queryFolded);
  if (at < 0) return null;
  while (at >= 0) {
    if (at === 0 || !wordCharacter.test(nameFolded.charAt(at - 1))) return searchRanks.wordPrefix;
    at = nameFolded.indexOf(queryFolded, at + 1);
  }
  return searchRanks.substring;
}

/** Orders search hits by rank, then folded name, then id (code unit order). */
export function compareSearchHits(
  a: { rank: number; nameFolded: string; id: string },
  b: { rank: number; nameFolded: string; id: string },
): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.nameFolded !== b.nameFolded) return a.nameFolded < b.nameFolded ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
