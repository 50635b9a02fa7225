/** How well a folded name matches a folded query; lower ranks first. */
export const searchRanks = { exact: 0, wordPrefix: 1, substring: 2 } as const;

export type SearchRank = (typeof searchRanks)[keyof typeof searchRanks];

const wordCharacter = /[\p{L}\p{N}]/u;

/** Whether a word starts at code unit `at`: at the start, or after a code point that is no letter or digit. */
function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  // A letter outside the Basic Multilingual Plane is two code units: test it whole.
  const from = isLowSurrogate(text.charCodeAt(at - 1)) && at >= 2 ? at - 2 : at - 1;
  return !wordCharacter.test(text.slice(from, at));
}

/**
 * A character no stored name or search text holds (text rules refuse control characters), put
 * before every word start by `markWordStarts`.
 */
export const wordStartMark = '\u0001';

/**
 * The text with `wordStartMark` before every word start. A name holds the query at a word start
 * exactly when the marked name contains the marked query: the query's own marks fall where the
 * name's do, because they depend only on the characters in between. So an index on the marked name
 * finds the word-prefix matches without testing every substring match.
 */
export function markWordStarts(folded: string): string {
  let marked = '';
  let afterWord = false;
  for (const character of folded) {
    if (!afterWord) marked += wordStartMark;
    marked += character;
    afterWord = wordCharacter.test(character);
  }
  return marked;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

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
      if (startsWord(nameFolded, at)) return searchRanks.wordPrefix;
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
