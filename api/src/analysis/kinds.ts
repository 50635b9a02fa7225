import { areaKinds, collaborationKinds, nodeKindNames, placementKinds, relationKinds, type NodeKind } from '@weefsel/graph-schema';

/** Kinds that can hold a collaboration tie at all (neighbourhoods cannot): the nodes of the analysis. */
export const tieKinds: ReadonlySet<NodeKind> = new Set(
  collaborationKinds.flatMap((k) => [...relationKinds[k].sources, ...relationKinds[k].targets]),
);

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
