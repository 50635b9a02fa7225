import {
  collaborationKinds,
  isNodeKind,
  isRelationKind,
  nodeKindNames,
  placementKinds,
  relationKindNames,
  type NodeKind,
  type RelationKind,
} from '@weefsel/graph-schema';

/** Every node carries this label next to the label of its kind, so one index covers all actors. */
export const actorLabel = 'Actor';

/** Users and audit entries live beside the graph; no node kind may take these names (checked in tests). */
export const userLabel = 'User';
export const auditLabel = 'AuditEntry';
/** One node whose counter every Weefsel write transaction bumps (see `changeMark`). */
export const changeMarkLabel = 'ChangeMark';
/** What each write touched, numbered by the change mark it set (see graph-changes.ts). */
export const graphChangeLabel = 'GraphChange';
/** A model learned from the graph, kept for every instance (see model-store.ts). */
export const keptModelLabel = 'KeptModel';
/** A large import written in several transactions: its journal and the before-images to undo it. */
export const importJournalLabel = 'ImportJournal';
export const importUndoLabel = 'ImportUndo';
/** One node per scope whose map has kept positions; each actor drawn there points to it. */
export const drawnScopeLabel = 'DrawnScope';
/** Not a relation kind: an actor's drawing position in a scope, removed with the actor by DETACH DELETE. */
export const drawnInType = 'DRAWN_IN';

// Labels and relationship types cannot be Cypher parameters. They are interpolated, so each one
// must be a name graph-schema defines AND a plain identifier (no quoting, no injection).
const identifier = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The label of a node kind; throws for anything graph-schema does not define. */
export function kindLabel(kind: NodeKind): string {
  if (!isNodeKind(kind) || !identifier.test(kind)) {
    throw new Error(`kindLabel: "${String(kind)}" is not a node kind of graph-schema; labels come only from nodeKinds`);
  }
  return kind;
}

/** The relationship type of a relation kind; throws for anything graph-schema does not define. */
export function relationType(kind: RelationKind): string {
  if (!isRelationKind(kind) || !identifier.test(kind)) {
    throw new Error(`relationType: "${String(kind)}" is not a relation kind of graph-schema; types come only from relationKinds`);
  }
  return kind;
}

/** `A|B|C` for a relationship pattern; an empty list would match every type, so it is refused. */
export function typeUnion(kinds: readonly RelationKind[]): string {
  if (kinds.length === 0) throw new Error('typeUnion: needs at least one relation kind (an empty union matches every type)');
  return kinds.map(relationType).join('|');
}

/** `A:B:C`, for removing every other kind label when an actor changes kind. */
export function otherKindLabels(kind: NodeKind): string {
  return nodeKindNames
    .filter((k) => k !== kind)
    .map(kindLabel)
    .join(':');
}

export const allRelationTypes = (): string => typeUnion(relationKindNames);
export const placementTypes = (): string => typeUnion(placementKinds);
export const collaborationTypes = (): string => typeUnion(collaborationKinds);
