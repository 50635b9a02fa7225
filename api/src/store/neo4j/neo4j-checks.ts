import { dateSchema, ValidationError, type NodeKind } from '@weefsel/graph-schema';
import { checkArea } from '../shared/scope-checks';
import { kindsById } from './neo4j-lookups';
import type { CypherRunner } from './neo4j-runner';

/**
 * An asOf date must be YYYY-MM-DD: relations keep their dates as such strings and the statements
 * compare them as text, so any other shape would give meaningless answers instead of an error.
 */
export function checkAsOf(operation: string, asOf: string | null | undefined): string | null {
  if (asOf === null || asOf === undefined) return null;
  const parsed = dateSchema.safeParse(asOf);
  if (!parsed.success) {
    throw new ValidationError(operation, [{ path: 'asOf', message: `${parsed.error.issues[0]?.message ?? 'is not a date'} (got "${asOf}")` }]);
  }
  return asOf;
}

/** The kind of the area a scope or filter names; a ValidationError at `path` when unknown or no area. */
export async function requireArea(run: CypherRunner, operation: string, path: string, areaId: string): Promise<NodeKind> {
  const kind = (await kindsById(run, [areaId])).get(areaId);
  checkArea(areaId, kind, operation, path);
  return kind;
}
