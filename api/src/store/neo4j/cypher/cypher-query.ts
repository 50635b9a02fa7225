/** A Cypher statement and its parameters: values always travel as parameters, never in the text. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** Rows per UNWIND batch: large imports run as several batches inside one transaction. */
export const batchSize = 5000;

export function chunk<T>(items: readonly T[], size = batchSize): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`chunk: size must be a whole number >= 1, got ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Joins clause lines; a builder lists its clauses one per line, so the text stays readable in tests. */
export function lines(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n');
}

/** `(r.since IS NULL OR r.since <= $asOf) AND ...`: relation variable `r` active on `$asOf`. */
export function activeOn(variable: string): string {
  return `(${variable}.since IS NULL OR ${variable}.since <= $asOf) AND (${variable}.until IS NULL OR ${variable}.until >= $asOf)`;
}

/**
 * Items per record when a statement returns collected lists. One record per item costs the server
 * and the driver a few microseconds each; one record for everything makes the driver read a
 * message spread over many chunks byte by byte through its chunk list. Blocks of 50 were the
 * fastest of 25 to 400 for a care zone (docs/neo4j.md, Performance).
 */
export const resultBlock = 50;

/**
 * Closing clauses that return the lists named (already in scope) in blocks of `resultBlock`:
 * record i holds items i*50 .. i*50+49 of every list (fewer, or none, once a list runs out).
 * No record at all when every list is empty. `carry` lists further variables returned unchanged.
 */
export function returnInBlocks(lists: readonly string[], carry: readonly string[] = []): string {
  const longest = `reduce(longest = 0, n IN [${lists.map((list) => `size(${list})`).join(', ')}] | CASE WHEN n > longest THEN n ELSE longest END)`;
  return lines(
    `UNWIND range(0, ${longest} - 1, ${resultBlock}) AS block`,
    `RETURN ${[...carry, ...lists.map((list) => `${list}[block..block + ${resultBlock}] AS ${list}`)].join(', ')}`,
  );
}

/**
 * `UNWIND $rows AS values WITH {key: values[0], ...} AS row` and the rows as positional lists in
 * `keys` order: the statement reads `row.key` as usual. The driver packs (and the server unpacks)
 * a map key by key; lists made the relation writes of a 250,000-relation import about 12% faster
 * and cut the client's packing time by a third (docs/neo4j.md, Performance).
 */
export function unwindRows<K extends string>(keys: readonly K[], rows: readonly { readonly [key in K]: unknown }[]): { clause: string; rows: unknown[][] } {
  const fields = keys.map((key, i) => `${key}: values[${i}]`).join(', ');
  return {
    clause: lines(`UNWIND $rows AS values`, `WITH {${fields}} AS row`),
    rows: rows.map((row) => keys.map((key) => row[key] ?? null)),
  };
}

/** The rows `unwindRows` sent, as maps again (test support: what the statement sees as `row`). */
export function rowsOfLists<K extends string>(keys: readonly K[], lists: unknown): Record<K, unknown>[] {
  return (lists as unknown[][]).map((values) => Object.fromEntries(keys.map((key, i) => [key, values[i]])) as Record<K, unknown>);
}
