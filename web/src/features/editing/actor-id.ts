import { endpointKindProblem, foldText, limits, placementKinds, type NodeKind, type RelationKind } from '@weefsel/graph-schema';

/**
 * An id for a new actor from its name: folded to a-z0-9 and dashes, with a random suffix so that
 * two actors of the same name never overwrite each other (upsertActor replaces by id).
 */
export function suggestActorId(name: string, random: () => number = Math.random): string {
  const slug = foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, limits.idLength - 8) || 'actor';
  const suffix = Math.floor(random() * 36 ** 5).toString(36).padStart(5, '0');
  return `${slug}-${suffix}`;
}

/** The placement relation (graph-schema placesIn) that puts an actor of `kind` in an area of `areaKind`, if any. */
export function placementKindFor(kind: NodeKind, areaKind: NodeKind): RelationKind | null {
  // Located in is the most telling; the schema's order decides among the rest.
  const ordered = [...placementKinds].sort((a, b) => Number(b === 'LOCATED_IN') - Number(a === 'LOCATED_IN'));
  return ordered.find((relationKind) => endpointKindProblem(relationKind, kind, areaKind) === null) ?? null;
}
