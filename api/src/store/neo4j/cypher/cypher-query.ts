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
