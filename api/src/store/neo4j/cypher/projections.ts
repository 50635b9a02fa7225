/** The stored properties of an actor as a map; the mapping layer turns it into an `Actor`. */
export function actorMap(node: string): string {
  return `${node} {.id, .kind, .name, .description, .formal, .domains, .targetGroups, .contact, .createdAt, .updatedAt}`;
}

/**
 * The stored properties of a relation as a map. The kind is the relationship type and the
 * endpoints come from the relationship itself, so they are right whichever way it was matched.
 */
export function relationMap(rel: string): string {
  return `${rel} {.id, .since, .until, .weight, .note, .status, .createdAt, .updatedAt, kind: type(${rel}), source: startNode(${rel}).id, target: endNode(${rel}).id}`;
}
