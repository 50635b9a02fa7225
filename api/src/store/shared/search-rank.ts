/** How well a folded name matches a folded query; lower ranks first. */
export const searchRanks = { exact: 0, wordPrefix: 1, substring: 2 } as const;

export type SearchRank = (typeof searchRanks)[keyof typeof searchRanks];

const wordCharacter = /[\p{L}\p{N}]/u;

/** For each prefix of `pattern`, the length of its longest proper prefix that is also its suffix. */
function overlaps(pattern: string): Int32Array {
  const table = new Int32Array(pattern.length);
  for (let i = 1, k = 0; i < pattern.length; i += 1) {
    while (k > 0 && pattern.charCodeAt(i) !== pattern.charCodeAt(k)) k = table[k - 1] ?? 0;
    if (pattern.charCodeAt(i) === pattern.charCodeAt(k)) k += 1;
    table[i] = k;
  }
  return table;
}

/**
 * The rank of a name for a search (both already folded with `foldText`), or null when the name does
 * not contain the query. A word starts after anything that is not a letter or digit, so
 * "noord-west" has a word "west", as Lucene's standard tokenizer would see it. One pass over the
 * name finds every occurrence (Knuth-Morris-Pratt), so the cost is linear in name and query even
 * for names like "aaaa..." that hold the query at every position.
 */
export function searchRank(nameFolded: string, queryFolded: string): SearchRank | null {
  if (queryFolded === '') return null;
  if (nameFolded === queryFolded) return searchRanks.exact;
  const table = overlaps(queryFolded);
  let found = false;
  for (let i = 0, k = 0; i < nameFolded.length; i += 1) {
    while (k > 0 && nameFolded.charCodeAt(i) !== queryFolded.charCodeAt(k)) k = table[k - 1] ?? 0;
    if (nameFolded.charCodeAt(i) === queryFolded.charCodeAt(k)) k += 1;
    if (k === queryFolded.length) {
      const at = i - k + 1;
      if (at === 0 || !wordCharacter.test(nameFolded.charAt(at - 1))) return searchRanks.wordPrefix;
      found = true;
      k = table[k - 1] ?? 0;
    }
  }
  return found ? searchRanks.substring : null;
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
