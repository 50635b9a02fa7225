import type { Label, LifeDomain, TargetGroup } from '@weefsel/graph-schema';

/** What kinds of weakness the analysis reports; the label is what the UI shows as a heading. */
export const gapKinds = {
  ISOLATED_ACTOR: { nl: 'Geïsoleerde actor', en: 'Isolated actor' },
  PERIPHERAL_ACTOR: { nl: 'Actor aan één band', en: 'Actor hanging on a single tie' },
  ARTICULATION_POINT: { nl: 'Kwetsbaar knooppunt', en: 'Single point of failure' },
  BROKER_DEPENDENCE: { nl: 'Afhankelijk van één makelaar', en: 'Dependence on a broker' },
  BRIDGE_TIE: { nl: 'Enige verbinding', en: 'Only link between groups' },
  FRAGMENTATION: { nl: 'Losstaande groep', en: 'Detached group' },
  DOMAIN_ABSENT: { nl: 'Ontbrekende levensdomeinen', en: 'Missing life domains' },
  DOMAIN_PAIR_UNLINKED: { nl: 'Domeinen die elkaar niet raken', en: 'Domains that never meet' },
  TARGET_GROUP_UNSERVED: { nl: 'Doelgroepen zonder aanbod', en: 'Target groups nobody serves' },
  INFORMAL_WITHOUT_FORMAL: { nl: 'Informeel zonder formele partner', en: 'Informal without a formal partner' },
  FORMAL_WITHOUT_INFORMAL: { nl: 'Formeel zonder informele partner', en: 'Formal without an informal partner' },
} as const satisfies Record<string, Label>;

export type GapKind = keyof typeof gapKinds;
export const gapKindNames = Object.keys(gapKinds) as [GapKind, ...GapKind[]];

export const gapSeverities = {
  HIGH: { nl: 'hoog', en: 'high' },
  MEDIUM: { nl: 'middel', en: 'medium' },
  LOW: { nl: 'laag', en: 'low' },
} as const satisfies Record<string, Label>;

export type GapSeverity = keyof typeof gapSeverities;
export const gapSeverityNames = Object.keys(gapSeverities) as [GapSeverity, ...GapSeverity[]];

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
