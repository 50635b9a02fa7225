import { isAreaKind, ValidationError, type NodeKind } from '@weefsel/graph-schema';
import type { PageRequest } from '../graph-store';

export const maxEgoDepth = 4;

/** Throws unless `depth` is a whole number of collaboration steps from 1 to `maxEgoDepth`. */
export function checkEgoDepth(depth: number): void {
  if (Number.isInteger(depth) && depth >= 1 && depth <= maxEgoDepth) return;
  throw new ValidationError('egoNetwork', [
    { path: 'depth', message: `must be a whole number from 1 to ${maxEgoDepth}, got ${depth}`, code: 'outOfRange', params: { min: 1, max: maxEgoDepth } },
  ]);
}

export function unknownEgoActor(actorId: string): ValidationError {
  return new ValidationError('egoNetwork', [{ path: 'actorId', message: `no actor with id "${actorId}"`, code: 'unknownActor', params: { id: actorId } }]);
}

/**
 * Throws unless `kind` (the stored kind of `areaId`, undefined when absent) is an area kind.
 * `operation` and `path` say where the id came from: `subgraph` / `scope.areaId`, or
 * `listActors` / `filter.areaId`.
 */
export function checkArea(areaId: string, kind: NodeKind | undefined, operation: string, path: string): asserts kind is NodeKind {
  if (kind === undefined) {
    throw new ValidationError(operation, [{ path, message: `no actor with id "${areaId}"; pass the id of a care zone, municipality or neighbourhood`, code: 'unknownActor', params: { id: areaId } }]);
  }
  if (!isAreaKind(kind)) {
    throw new ValidationError(operation, [{ path, message: `"${areaId}" is a ${kind}, not an area; pass the id of a care zone, municipality or neighbourhood`, code: 'notAnArea', params: { id: areaId, kind } }]);
  }
}

/** Throws on a negative offset or a limit below 1. */
export function checkPage(page: PageRequest, operation = 'listActors'): void {
  const issues = [];
  if (!Number.isInteger(page.offset) || page.offset < 0) issues.push({ path: 'page.offset', message: `must be a whole number >= 0, got ${page.offset}` });
  if (!Number.isInteger(page.limit) || page.limit < 1) issues.push({ path: 'page.limit', message: `must be a whole number >= 1, got ${page.limit}` });
  if (issues.length > 0) throw new ValidationError(operation, issues);
}
