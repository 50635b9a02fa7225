import { foldText, nodeKindNames, nodeKinds, type NodeKind } from '@weefsel/graph-schema';

/**
 * What a caller who may not see personal data reads as a person's name (the Dutch label of the
 * kind), folded like names are: `listActors` with `hidePersonNames` sorts people on this, so
 * their place in the list does not give away the letters of their name.
 */
export const viewerSortNames: Readonly<Partial<Record<NodeKind, string>>> = Object.fromEntries(
  nodeKindNames.filter((kind) => (nodeKinds[kind].personalProperties as readonly string[]).includes('name')).map((kind) => [kind, foldText(nodeKinds[kind].label.nl)]),
);

/** The sort name of an actor as seen by such a caller. */
export function viewerSortName(actor: { kind: NodeKind; nameFolded: string }): string {
  return viewerSortNames[actor.kind] ?? actor.nameFolded;
}
