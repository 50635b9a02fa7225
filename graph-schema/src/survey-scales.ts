import type { Label, Language } from './labels';
import { nodeKindNames, type NodeKind } from './node-kinds';
import { collaborationKinds, relationKinds, type RelationKind } from './relation-kinds';

/**
 * The vocabulary of a network survey (netwerkbevraging), after PARTNER CPRM's validated community
 * partner survey, so a Weefsel round can be compared with rounds run in that tool: its relationship
 * intensity scale (none, cooperative, coordinated, integrated), how often partners are in contact,
 * and its value and trust items, each answered on the same four-point scale.
 */

/** How intense a collaboration is; each level includes the activities of the levels before it. */
export const collaborationLevels = {
  AWARENESS: {
    label: { nl: 'we kennen elkaar', en: 'aware of each other' },
    description: {
      nl: 'We weten wat de ander doet, maar werken (nog) niet samen.',
      en: 'We know what the other does, but do not work together (yet).',
    },
  },
  COOPERATIVE: {
    label: { nl: 'afstemmen', en: 'cooperative' },
    description: {
      nl: 'We wisselen informatie uit, zitten samen op overleg en bieden elkaar middelen aan.',
      en: 'We exchange information, attend meetings together and offer each other resources.',
    },
  },
  COORDINATED: {
    label: { nl: 'samenwerken', en: 'coordinated' },
    description: {
      nl: 'Daarbovenop versterken we bewust elkaars werking, in het voordeel van beide.',
      en: 'On top of that, we intentionally strengthen each other’s work, to the benefit of both.',
    },
  },
  INTEGRATED: {
    label: { nl: 'geïntegreerd', en: 'integrated' },
    description: {
      nl: 'Daarbovenop werken we met gedeelde afspraken, middelen of personeel, als één geheel.',
      en: 'On top of that, we work with shared agreements, resources or staff, as one whole.',
    },
  },
} as const satisfies Record<string, { label: Label; description: Label }>;

export type CollaborationLevel = keyof typeof collaborationLevels;
export const collaborationLevelNames = Object.keys(collaborationLevels) as [CollaborationLevel, ...CollaborationLevel[]];

/** The rank of a level (0 = awareness), for comparing what two sides report. */
export function levelRank(level: CollaborationLevel): number {
  return collaborationLevelNames.indexOf(level);
}

/** How often the respondent is in contact with the partner, from rarely to daily. */
export const contactFrequencies = {
  YEARLY: { nl: 'één keer per jaar of minder', en: 'once a year or less' },
  QUARTERLY: { nl: 'ongeveer één keer per kwartaal', en: 'about once a quarter' },
  MONTHLY: { nl: 'ongeveer één keer per maand', en: 'about once a month' },
  WEEKLY: { nl: 'elke week', en: 'every week' },
  DAILY: { nl: 'elke dag', en: 'every day' },
} as const satisfies Record<string, Label>;

export type ContactFrequency = keyof typeof contactFrequencies;
export const contactFrequencyNames = Object.keys(contactFrequencies) as [ContactFrequency, ...ContactFrequency[]];

/** The answers of every value and trust item: 1 (not at all) to 4 (a great deal). */
export const surveyScale = {
  1: { nl: 'helemaal niet', en: 'not at all' },
  2: { nl: 'een beetje', en: 'a small amount' },
  3: { nl: 'behoorlijk', en: 'a fair amount' },
  4: { nl: 'heel erg', en: 'a great deal' },
} as const satisfies Record<number, Label>;

export const surveyScaleMin = 1;
export const surveyScaleMax = 4;

/** One scored question of the value or trust score: as the form asks it, and short, for table columns. */
export interface SurveyItem {
  question: Label;
  short: Label;
}

/** How valuable the partner is to the respondent's work (PARTNER CPRM); the value score averages the items answered. */
export const valueItems = {
  INFLUENCE: {
    question: { nl: 'Heeft deze partner invloed en slagkracht in het netwerk?', en: 'How much power and influence does this partner have?' },
    short: { nl: 'invloed', en: 'influence' },
  },
  INVOLVEMENT: {
    question: { nl: 'Hoe sterk is deze partner betrokken bij het gezamenlijke werk?', en: 'How involved is this partner in the shared work?' },
    short: { nl: 'betrokkenheid', en: 'involvement' },
  },
  RESOURCES: {
    question: { nl: 'Brengt deze partner middelen in (mensen, geld, ruimte, kennis)?', en: 'How much does this partner contribute resources?' },
    short: { nl: 'middelen', en: 'resources' },
  },
} as const satisfies Record<string, SurveyItem>;

/** How far the respondent trusts the partner (PARTNER CPRM); the trust score averages the items answered. */
export const trustItems = {
  RELIABLE: { question: { nl: 'Kan je op deze partner rekenen?', en: 'How reliable is this partner?' }, short: { nl: 'betrouwbaar', en: 'reliable' } },
  MISSION: {
    question: { nl: 'Steunt deze partner de gedeelde missie?', en: 'How much does this partner support the shared mission?' },
    short: { nl: 'gedeelde missie', en: 'shared mission' },
  },
  OPEN: { question: { nl: 'Staat deze partner open voor overleg?', en: 'How open to discussion is this partner?' }, short: { nl: 'open voor overleg', en: 'open to discussion' } },
} as const satisfies Record<string, SurveyItem>;

export type ValueItem = keyof typeof valueItems;
export type TrustItem = keyof typeof trustItems;
export const valueItemNames = Object.keys(valueItems) as [ValueItem, ...ValueItem[]];
export const trustItemNames = Object.keys(trustItems) as [TrustItem, ...TrustItem[]];

/** The kinds of collaboration a respondent may report: the collaboration ties, labelled as everywhere else. */
export const surveyRelationKinds: readonly RelationKind[] = collaborationKinds;

/** Kinds of actors a collaboration kind allows at either end: what a respondent may name as a partner (not places). */
export const surveyPartnerKinds: readonly NodeKind[] = nodeKindNames.filter((kind) =>
  collaborationKinds.some((k) => (relationKinds[k].sources as readonly NodeKind[]).includes(kind) || (relationKinds[k].targets as readonly NodeKind[]).includes(kind)),
);

export function surveyRelationKindLabel(kind: RelationKind): Label {
  return relationKinds[kind].label;
}

/**
 * Which way a reported tie of a directed kind runs: the respondent is its source ("we refer to X",
 * the default, so answers stored before the direction existed keep their meaning) or its target
 * ("X refers to us"). An undirected kind reads the same both ways and ignores it.
 */
export const surveyTieDirections = {
  FROM_RESPONDENT: { nl: 'van de invuller naar de partner', en: 'from the respondent to the partner' },
  TO_RESPONDENT: { nl: 'van de partner naar de invuller', en: 'from the partner to the respondent' },
} as const satisfies Record<string, Label>;

export type SurveyTieDirection = keyof typeof surveyTieDirections;
export const surveyTieDirectionNames = Object.keys(surveyTieDirections) as [SurveyTieDirection, ...SurveyTieDirection[]];

/** The respondent as the object of a reversed sentence: "X verwijst door naar ons". */
export const surveyRespondentObject: Label = { nl: 'ons', en: 'us' };

/**
 * A reported tie as a sentence about the partner, with the kind's own label: "verwijst door naar X"
 * (the respondent is the source, the subject left to the question) or "X verwijst door naar ons".
 */
export function surveyTieSentence(kind: RelationKind, direction: SurveyTieDirection, partnerName: string, language: Language): string {
  const label = relationKinds[kind].label[language];
  return direction === 'TO_RESPONDENT' && relationKinds[kind].directed ? `${partnerName} ${label} ${surveyRespondentObject[language]}` : `${label} ${partnerName}`;
}

/** Where a round stands; only an open round between its dates takes answers. */
export const surveyRoundStatuses = {
  OPEN: { nl: 'open', en: 'open' },
  CLOSED: { nl: 'afgesloten', en: 'closed' },
} as const satisfies Record<string, Label>;

export type SurveyRoundStatus = keyof typeof surveyRoundStatuses;
export const surveyRoundStatusNames = Object.keys(surveyRoundStatuses) as [SurveyRoundStatus, ...SurveyRoundStatus[]];

/** How both sides of a pair reported their tie; see survey/reciprocity.ts in the API for the rule. */
export const reciprocityKinds = {
  BOTH_SIDES: { nl: 'door beide kanten gemeld', en: 'reported by both sides' },
  ONE_SIDE: { nl: 'door één kant gemeld', en: 'reported by one side' },
  CONTRADICTED: { nl: 'tegengesproken', en: 'contradicted' },
} as const satisfies Record<string, Label>;

export type Reciprocity = keyof typeof reciprocityKinds;
export const reciprocityNames = Object.keys(reciprocityKinds) as [Reciprocity, ...Reciprocity[]];

/** Labels of the survey's words themselves, for headings and error messages. */
export const surveyLabels = {
  round: { nl: 'netwerkbevraging', en: 'network survey' },
  invitation: { nl: 'persoonlijke link', en: 'personal link' },
  respondent: { nl: 'invuller', en: 'respondent' },
  partner: { nl: 'partner', en: 'partner' },
  level: { nl: 'soort samenwerking', en: 'level of collaboration' },
  frequency: { nl: 'hoe vaak', en: 'how often' },
  value: { nl: 'waarde', en: 'value' },
  trust: { nl: 'vertrouwen', en: 'trust' },
  proposedActor: { nl: 'voorgestelde nieuwe actor', en: 'proposed new actor' },
  place: { nl: 'plaats', en: 'place' },
} as const satisfies Record<string, Label>;
