import type { Label } from './labels';
import type { NodeKind } from './node-kinds';

export interface RelationKindSpec {
  label: Label;
  sources: readonly NodeKind[];
  targets: readonly NodeKind[];
  /** Undirected kinds (partners with) read the same both ways; their derived id ignores the order. */
  directed: boolean;
  /**
   * Collaboration ties are what network analysis counts; structural ones (located in, part of,
   * member of) only group actors into areas.
   */
  tie: 'collaboration' | 'structural';
  /** The source lies within the target area: these relations define the actors of a scope. */
  placesIn: boolean;
}

const actors = ['Municipality', 'CareZone', 'Organisation', 'CitizenInitiative', 'Project'] as const;
const providers = ['Municipality', 'Organisation', 'CitizenInitiative'] as const;

export const relationKinds = {
  PARTNERS_WITH: {
    label: { nl: 'werkt samen met', en: 'partners with' },
    sources: actors,
    targets: actors,
    directed: false,
    tie: 'collaboration',
    placesIn: false,
  },
  REFERS_TO: {
    label: { nl: 'verwijst door naar', en: 'refers to' },
    sources: providers,
    targets: providers,
    directed: true,
    tie: 'collaboration',
    placesIn: false,
  },
  FUNDS: {
    label: { nl: 'financiert', en: 'funds' },
    sources: ['Municipality', 'CareZone', 'Organisation'],
    targets: ['Project', 'CitizenInitiative', 'Organisation'],
    directed: true,
    tie: 'collaboration',
    placesIn: false,
  },
  COORDINATES: {
    label: { nl: 'coördineert', en: 'coordinates' },
    sources: ['Municipality', 'CareZone', 'Organisation', 'TransitionManager'],
    targets: ['Project', 'CitizenInitiative', 'Organisation'],
    directed: true,
    tie: 'collaboration',
    placesIn: false,
  },
  COACHES: {
    label: { nl: 'coacht', en: 'coaches' },
    sources: ['TransitionManager', 'Organisation'],
    targets: ['Project', 'CitizenInitiative', 'Organisation', 'Municipality'],
    directed: true,
    tie: 'collaboration',
    placesIn: false,
  },
  LEAD_OF: {
    label: { nl: 'is penhouder van', en: 'is lead of' },
    sources: providers,
    targets: ['Project'],
    directed: true,
    tie: 'collaboration',
    placesIn: false,
  },
  MEMBER_OF: {
    label: { nl: 'is lid van', en: 'is member of' },
    sources: providers,
    targets: ['CareZone'],
    directed: true,
    tie: 'structural',
    placesIn: true,
  },
  PART_OF: {
    label: { nl: 'maakt deel uit van', en: 'is part of' },
    sources: ['Neighbourhood'],
    targets: ['Municipality'],
    directed: true,
    tie: 'structural',
    placesIn: true,
  },
  LOCATED_IN: {
    label: { nl: 'is gelegen in', en: 'is located in' },
    sources: ['Organisation', 'CitizenInitiative', 'Project'],
    targets: ['Neighbourhood', 'Municipality'],
    directed: true,
    tie: 'structural',
    placesIn: true,
  },
  ACTIVE_IN: {
    label: { nl: 'is actief in', en: 'is active in' },
    sources: ['Organisation', 'CitizenInitiative', 'Project', 'TransitionManager'],
    targets: ['Neighbourhood', 'Municipality', 'CareZone'],
    directed: true,
    tie: 'structural',
    placesIn: true,
  },
} as const satisfies Record<string, RelationKindSpec>;

export type RelationKind = keyof typeof relationKinds;
export const relationKindNames = Object.keys(relationKinds) as [RelationKind, ...RelationKind[]];

/** The kind an accepted partner suggestion is recorded as, unless the user picks another. */
export const defaultCollaborationKind: RelationKind = 'PARTNERS_WITH';

/** Relation kinds whose source lies within the target area (they define scopes). */
export const placementKinds = relationKindNames.filter((k) => relationKinds[k].placesIn);
export const collaborationKinds = relationKindNames.filter((k) => relationKinds[k].tie === 'collaboration');

/**
 * Kinds that can hold a collaboration tie at all (neighbourhoods cannot): the actors the analysis
 * counts, and the ones a drawn network counts as actors; the others are places.
 */
export const tieKinds: ReadonlySet<NodeKind> = new Set(collaborationKinds.flatMap((k) => [...relationKinds[k].sources, ...relationKinds[k].targets]));

export function isRelationKind(value: unknown): value is RelationKind {
  return typeof value === 'string' && Object.hasOwn(relationKinds, value);
}

/** Why a relation of `kind` cannot run from `source` to `target`, or null when the schema allows it. */
export function endpointKindProblem(kind: RelationKind, source: NodeKind, target: NodeKind): string | null {
  const spec: RelationKindSpec = relationKinds[kind];
  const allowed = spec.sources.includes(source) && spec.targets.includes(target);
  const allowedReversed = !spec.directed && spec.sources.includes(target) && spec.targets.includes(source);
  if (allowed || allowedReversed) return null;
  return `${kind} cannot run from a ${source} to a ${target}; allowed sources: ${spec.sources.join(', ')}; allowed targets: ${spec.targets.join(', ')}`;
}
