import { defaultCollaborationKind, type CollaborationLevel, type ContactFrequency, type NodeKind, type RelationKind, type SurveyTieDirection } from '@weefsel/graph-schema';
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
  value: number | null;
  trust: number | null;
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
    value: null,
    trust: null,
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
      value: p.value ?? null,
      trust: p.trust ?? null,
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
  const contactEntries = contactFields.map((field) => [field, orNull(draft.contact[field])] as const).filter(([, value]) => value !== null);
  return {
    contact: contactEntries.length > 0 ? Object.fromEntries(contactEntries) : null,
    partners: draft.partners.map((p) => ({
      partnerActorId: p.partnerActorId,
      proposedActor: p.proposedActor ? { name: p.proposedActor.name.trim(), kind: p.proposedActor.kind, place: orNull(p.proposedActor.place) } : null,
      relationKind: p.relationKind,
      direction: p.direction,
      level: p.level ?? 'AWARENESS',
      frequency: p.frequency,
      value: p.value,
      trust: p.trust,
      since: orNull(p.since),
      note: orNull(p.note),
    })),
  };
}

/** The form's own check before any request: every partner needs a level (the API requires it too). */
export function missingChoices(draft: AnswerDraft): { path: string; code: string }[] {
  return draft.partners.flatMap((p, index) => (p.level === null ? [{ path: `partners[${index}].level`, code: 'required' }] : []));
}
