import { relationKinds, type RelationKind } from './relation-kinds';

/**
 * The id of a relation given without one: stable, so re-importing the same file updates instead of
 * duplicating. Undirected kinds sort their endpoints so A-B and B-A are the same relation.
 */
export function deriveRelationId(kind: RelationKind, source: string, target: string): string {
  const [a, b] = relationKinds[kind].directed || source <= target ? [source, target] : [target, source];
  return `${a}--${kind}--${b}`;
}
