import type { Label } from './labels';

/** What kinds of weakness the analysis reports; the label is what the UI and the report show as a heading. */
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

/** How the gaps view heads a group of gaps of one severity. */
export const gapSeverityHeadings = {
  HIGH: { nl: 'Hoge ernst', en: 'High severity' },
  MEDIUM: { nl: 'Middelmatige ernst', en: 'Medium severity' },
  LOW: { nl: 'Lage ernst', en: 'Low severity' },
} as const satisfies Record<GapSeverity, Label>;
