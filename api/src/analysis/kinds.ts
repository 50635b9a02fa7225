import { areaKinds, nodeKindNames, placementKinds, relationKinds, tieKinds, type NodeKind } from '@weefsel/graph-schema';

const areaKindSet: ReadonlySet<NodeKind> = new Set(areaKinds);

/**
 * The smallest areas: area kinds that no other area is placed in (neighbourhoods: "the unit where
 * formal and informal care meet"). Domain and target-group coverage is checked per area of these kinds.
 */
export const localAreaKinds: ReadonlySet<NodeKind> = new Set(
  areaKinds.filter(
    (kind) => !placementKinds.some((r) => relationKinds[r].targets.some((t) => t === kind) && relationKinds[r].sources.some((s) => areaKindSet.has(s))),
  ),
);

/** Actors proper (not areas) that can hold ties: the subjects of the formal-informal checks. */
export const plainActorKinds: ReadonlySet<NodeKind> = new Set(nodeKindNames.filter((k) => tieKinds.has(k) && !areaKindSet.has(k)));
