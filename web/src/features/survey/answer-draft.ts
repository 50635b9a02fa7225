import {
  defaultCollaborationKind,
  trustItemNames,
  unscoredIssues,
  valueItemNames,
  type CollaborationLevel,
  type ContactFrequency,
  type NodeKind,
  type RelationKind,
  type SurveyTieDirection,
  type TrustItem,
  type ValueItem,
} from '@weefsel/graph-schema';
import type { RelationChoice } from './relation-choices';
import type { SurveyAnswerInput, SurveyForm } from './respondent.api';

/** One partner as the form holds it: text fields as typed, choices null until made. */
export interface PartnerEntry {
  /** Stable within the page, for React keys and field ids (an index shifts when a partner is removed). */
  key: string;
  partnerActorId: string | null;
  proposedActor: { name: string; kind: NodeKind; place: string } | null;
  relationKind: RelationKind;
  /** For a directed kind: is the respondent its source ("we refer to X") or its target ("X refers to us")? */
  direction: SurveyTieDirection;
  level: CollaborationLevel | null;
  frequency: ContactFrequency | null;
  /** PARTNER's value and trust items, 1-4; null: not answered ("don't know"). */
  valueItems: Record<ValueItem, number | null>;
  trustItems: Record<TrustItem, number | null>;
  /**
   * The single value and trust score of an answer saved before the form asked the items: sent
   * again as long as no item of that score is answered, so coming back does not lose it.
   */
  earlierValue: number | null;
  earlierTrust: number | null;
  since: string;
  note: string;
}

export const contactFields = ['name', 'role', 'email', 'phone'] as const;
export type ContactField = (typeof contactFields)[number];

export interface AnswerDraft {
  contact: Record<ContactField, string>;
  partners: PartnerEntry[];
}

export const emptyDraft: AnswerDraft = { contact: { name: '', role: '', email: '', phone: '' }, partners: [] };

/** Every item of a score unanswered, or as an answer saved them. */
function itemsOf<Item extends string>(names: readonly Item[], saved?: Partial<Record<Item, number | null>> | null): Record<Item, number | null> {
  return Object.fromEntries(names.map((name) => [name, saved?.[name] ?? null])) as Record<Item, number | null>;
}

/** The items answered, or null when none was (the API then keeps no items). */
function answeredItems<Item extends string>(items: Record<Item, number | null>): Partial<Record<Item, number>> | null {
  const given = Object.entries(items).filter((entry): entry is [Item, number] => typeof entry[1] === 'number');
  return given.length > 0 ? (Object.fromEntries(given) as Partial<Record<Item, number>>) : null;
}

let nextKey = 0;
const newKey = () => `p${(nextKey += 1)}`;

/**
 * A partner just chosen (a known actor) or proposed (a new one), with the plainest kind of
 * collaboration the schema allows between the two (`partners with` wherever it may).
 */
export function newPartner(
  partner: { actorId: string } | { proposed: { name: string; kind: NodeKind; place: string } },
  choices: readonly RelationChoice[] = [{ kind: defaultCollaborationKind, direction: 'FROM_RESPONDENT' }],
): PartnerEntry {
  const first = choices.find((c) => c.kind === defaultCollaborationKind) ?? choices[0] ?? { kind: defaultCollaborationKind, direction: 'FROM_RESPONDENT' };
  return {
    key: newKey(),
    partnerActorId: 'actorId' in partner ? partner.actorId : null,
    proposedActor: 'proposed' in partner ? partner.proposed : null,
    relationKind: first.kind,
    direction: first.direction,
    level: null,
    frequency: null,
    valueItems: itemsOf(valueItemNames),
    trustItems: itemsOf(trustItemNames),
    earlierValue: null,
    earlierTrust: null,
    since: '',
    note: '',
  };
}

/** The saved answer (draft or submission) as the form's state; an empty form before the first save. */
export function draftFromAnswer(answer: SurveyForm['answer']): AnswerDraft {
  if (!answer) return emptyDraft;
  const contact = answer.contact;
  return {
    contact: { name: contact?.name ?? '', role: contact?.role ?? '', email: contact?.email ?? '', phone: contact?.phone ?? '' },
    partners: answer.partners.map((p) => ({
      key: newKey(),
      partnerActorId: p.partnerActorId ?? null,
      proposedActor: p.proposedActor ? { name: p.proposedActor.name, kind: p.proposedActor.kind, place: p.proposedActor.place ?? '' } : null,
      relationKind: p.relationKind,
      // Saved before the direction existed, or of an undirected kind: the respondent is the source.
      direction: p.direction ?? 'FROM_RESPONDENT',
      level: p.level,
      frequency: p.frequency ?? null,
      valueItems: itemsOf(valueItemNames, p.valueItems),
      trustItems: itemsOf(trustItemNames, p.trustItems),
      earlierValue: p.value ?? null,
      earlierTrust: p.trust ?? null,
      since: p.since ?? '',
      note: p.note ?? '',
    })),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The form's state as the API's input. Call only when every partner has a level (see
 * `missingChoices`); empty text becomes null, so an untouched field is "no answer", not "".
 */
export function answerInput(draft: AnswerDraft): SurveyAnswerInput {
  return { contact: contactInput(draft), partners: draft.partners.map(partnerInput) };
}

function contactInput(draft: AnswerDraft): SurveyAnswerInput['contact'] {
  const contactEntries = contactFields.map((field) => [field, orNull(draft.contact[field])] as const).filter(([, value]) => value !== null);
  return contactEntries.length > 0 ? Object.fromEntries(contactEntries) : null;
}

function partnerInput(p: PartnerEntry): SurveyAnswerInput['partners'][number] {
  const valueItems = answeredItems(p.valueItems);
  const trustItems = answeredItems(p.trustItems);
  return {
    partnerActorId: p.partnerActorId,
    proposedActor: p.proposedActor ? { name: p.proposedActor.name.trim(), kind: p.proposedActor.kind, place: orNull(p.proposedActor.place) } : null,
    relationKind: p.relationKind,
    direction: p.direction,
    level: p.level ?? 'AWARENESS',
    frequency: p.frequency,
    valueItems,
    trustItems,
    // An earlier single score only while no item replaces it: the API refuses both.
    value: valueItems ? null : p.earlierValue,
    trust: trustItems ? null : p.earlierTrust,
    since: orNull(p.since),
    note: orNull(p.note),
  };
}

/**
 * The form's own check before any request: every partner needs a level (the API requires it too),
 * and, to submit, a value and a trust score: at least one item of each answered (graph-schema
 * `unscoredIssues`; a draft may be saved half done).
 */
export function missingChoices(draft: AnswerDraft, mode: 'draft' | 'submit' = 'draft'): { path: string; code: string }[] {
  const levels = draft.partners.flatMap((p, index) => (p.level === null ? [{ path: `partners[${index}].level`, code: 'required' }] : []));
  if (mode === 'draft') return levels;
  const scores = unscoredIssues(draft.partners.map(partnerInput)).map(({ path, code }) => ({ path, code }));
  // Partner by partner, as the page shows them (a stable sort keeps the level first).
  const partnerIndex = (path: string) => Number(/^partners\[(\d+)\]/.exec(path)?.[1] ?? 0);
  return [...levels, ...scores].sort((a, b) => partnerIndex(a.path) - partnerIndex(b.path));
}
