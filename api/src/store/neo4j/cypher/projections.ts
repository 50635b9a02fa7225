/** The stored properties of an actor as a map; the mapping layer turns it into an `Actor`. */
export function actorMap(node: string): string {
  return `${node} {.id, .kind, .name, .description, .formal, .domains, .targetGroups, .contact, .since, .until, .createdAt, .updatedAt}`;
}

/**
 * The stored properties of a relation as a map. The kind is the relationship type and the
 * endpoints come from the relationship itself, so they are right whichever way it was matched.
 */
export function relationMap(rel: string): string {
  return `${rel} {.id, .since, .until, .weight, .note, .status, .createdAt, .updatedAt, kind: type(${rel}), source: startNode(${rel}).id, target: endNode(${rel}).id}`;
}

// Large reads (a care zone has thousands of relations) return positional lists instead of maps:
// the JS driver decodes a map key by key with Object.defineProperty, a list with a plain push,
// which made maps the largest client-side cost of a subgraph (see docs/neo4j.md, Performance).

/** The order of an actor's values in `actorList`; `actorFromList` reads them back in this order. */
export const actorListKeys = ['id', 'kind', 'name', 'description', 'formal', 'domains', 'targetGroups', 'contact', 'since', 'until', 'createdAt', 'updatedAt'] as const;

/** The order of a relation's values in `relationList`. */
export const relationListKeys = ['id', 'kind', 'source', 'target', 'since', 'until', 'weight', 'note', 'status', 'createdAt', 'updatedAt'] as const;

/** An actor as a list of its values in `actorListKeys` order. */
export function actorList(node: string): string {
  return `[${actorListKeys.map((key) => `${node}.${key}`).join(', ')}]`;
}

/** A relation as a list in `relationListKeys` order; `source` and `target` name the matched start and end nodes. */
export function relationList(rel: string, source: string, target: string): string {
  const value = (key: (typeof relationListKeys)[number]) =>
    key === 'kind' ? `type(${rel})` : key === 'source' ? `${source}.id` : key === 'target' ? `${target}.id` : `${rel}.${key}`;
  return `[${relationListKeys.map(value).join(', ')}]`;
}
