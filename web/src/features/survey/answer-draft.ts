import {
  defaultCollaborationKind,
  relationKinds,
  surveyRelationKinds,
  type CollaborationLevel,
  type ContactFrequency,
  type NodeKind,
  type RelationKind,
} from '@weefsel/graph-schema';
import type { SurveyAnswerInput, SurveyForm } from './respondent.api';

/** One partner as the form holds it: text fields as typed, choices null until made. */
export interface PartnerEntry {
  /** Stable within the page, for React keys and field ids (an index shifts when a partner is removed). */
  key: string;
  partnerActorId: string | null;
  proposedActor: { name: string; kind: NodeKind; place: string } | null;
  relationKind: RelationKind;
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
export function newPartner(partner: { actorId: string } | { proposed: { name: string; kind: NodeKind; place: string } }, choices: readonly RelationKind[] = [defaultCollaborationKind]): PartnerEntry {
  return {
    key: newKey(),
    partnerActorId: 'actorId' in partner ? partner.actorId : null,
    proposedActor: 'proposed' in partner ? partner.proposed : null,
    relationKind: choices.includes(defaultCollaborationKind) ? defaultCollaborationKind : (choices[0] ?? defaultCollaborationKind),
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

/**
 * The kinds of collaboration between the respondent and a partner of `partnerKind`, in the schema's
 * order: only those the schema allows between the two kinds (the respondent is the source of a
 * directed kind), so an accepted tie never fails on its endpoints. All of them for an unknown kind.
 */
export function relationChoices(respondentKind: NodeKind, partnerKind: NodeKind | null): RelationKind[] {
  if (partnerKind === null) return [...surveyRelationKinds];
  const allowed = surveyRelationKinds.filter((kind) => {
    const spec = relationKinds[kind];
    const forward = (spec.sources as readonly NodeKind[]).includes(respondentKind) && (spec.targets as readonly NodeKind[]).includes(partnerKind);
    const backward = !spec.directed && (spec.sources as readonly NodeKind[]).includes(partnerKind) && (spec.targets as readonly NodeKind[]).includes(respondentKind);
    return forward || backward;
  });
  return allowed.length > 0 ? allowed : [...surveyRelationKinds];
}
