import { gapKindNames, gapSeverityNames, type GapKind, type GapSeverity, type Label, type LifeDomain, type TargetGroup } from '@weefsel/graph-schema';

// Gap kinds and severities with their labels live in graph-schema: the web and the report read them too.
export { gapKinds, gapKindNames, gapSeverities, gapSeverityNames, type GapKind, type GapSeverity } from '@weefsel/graph-schema';

/** One weakness of the network of a scope, with what and whom it concerns and why it matters. */
export interface Gap {
  /** Stable across runs on the same network: kind plus the subject (actor, area, tie or domain pair). */
  id: string;
  kind: GapKind;
  severity: GapSeverity;
  /** The actors concerned, the subject first; long lists are cut at `maxListedActors`. */
  actorIds: string[];
  /** All actors concerned (more than `actorIds` when the list was cut). */
  affectedCount: number;
  areaIds: string[];
  /** Collaboration relations concerned (the tie of a BRIDGE_TIE, the only tie of a peripheral actor). */
  relationIds: string[];
  domains: LifeDomain[];
  targetGroups: TargetGroup[];
  explanation: Label;
}

export const maxListedActors = 50;

export function gap(fields: Pick<Gap, 'id' | 'kind' | 'severity' | 'explanation'> & Partial<Gap>): Gap {
  const actorIds = fields.actorIds ?? [];
  return {
    areaIds: [],
    relationIds: [],
    domains: [],
    targetGroups: [],
    ...fields,
    actorIds: actorIds.slice(0, maxListedActors),
    affectedCount: fields.affectedCount ?? actorIds.length,
  };
}

/** Most severe first, then in the order of `gapKinds`, then by id: stable for the UI and tests. */
export function compareGaps(a: Gap, b: Gap): number {
  return (
    gapSeverityNames.indexOf(a.severity) - gapSeverityNames.indexOf(b.severity) ||
    gapKindNames.indexOf(a.kind) - gapKindNames.indexOf(b.kind) ||
    a.id.localeCompare(b.id)
  );
}
