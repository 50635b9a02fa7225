import type { MessageKey } from '../../i18n/messages';
import type { AnswerDraft, ContactField } from './answer-draft';

/** The pages of the respondent's form, in order. */
export const surveySteps = ['about', 'partners', 'send'] as const;
export type SurveyStep = (typeof surveySteps)[number];

/** A problem as the form's own check or the API states it: a path into the answer and a code. */
export interface AnswerIssue {
  path: string;
  code: string;
  params?: Record<string, unknown> | null;
}

/** Where an issue is shown: its page, the element to focus (null: the form as a whole) and its field's label. */
export interface PlacedIssue {
  issue: AnswerIssue;
  step: SurveyStep;
  fieldId: string | null;
  /** The partner it is about, by its entry key; null for the contact and the whole form. */
  partnerKey: string | null;
  label: MessageKey | null;
}

const partnerFieldLabels = {
  relationKind: 'survey.partner.relationKind',
  level: 'survey.partner.level',
  frequency: 'survey.partner.frequency',
  // The items are asked in one group per score; the group shows an issue with any of them (or
  // with an earlier single score).
  valueItems: 'survey.partner.value',
  trustItems: 'survey.partner.trust',
  since: 'survey.partner.since',
  note: 'survey.partner.note',
} as const satisfies Record<string, MessageKey>;

const contactLabels = {
  name: 'survey.contact.name',
  role: 'survey.contact.role',
  email: 'survey.contact.email',
  phone: 'survey.contact.phone',
} as const satisfies Record<ContactField, MessageKey>;

const scoreGroups: Record<string, string> = { value: 'valueItems', trust: 'trustItems' };

/** The id of a contact input and of a partner's field; a partner's own card without a field. */
export const contactFieldId = (field: ContactField) => `survey-contact-${field}`;
export const partnerFieldId = (key: string, field?: string) => (field ? `survey-${key}-${field}` : `survey-${key}`);

/**
 * Puts an issue on the page and at the field it is about: `contact.email` at the e-mail input,
 * `partners[2].trustItems.OPEN` (or `partners[2].trust`) at the trust items of the third partner, `partners[2].partnerActorId` (or
 * its proposed actor) at that partner's card; anything else (the token: link withdrawn, survey
 * closed) on the last page, about the form as a whole.
 */
export function placeIssue(issue: AnswerIssue, draft: AnswerDraft): PlacedIssue {
  const contact = /^contact\.(\w+)$/.exec(issue.path);
  if (contact && Object.hasOwn(contactLabels, contact[1] as string)) {
    const field = contact[1] as ContactField;
    return { issue, step: 'about', fieldId: contactFieldId(field), partnerKey: null, label: contactLabels[field] };
  }
  const partner = /^partners\[(\d+)\](?:\.(\w+))?/.exec(issue.path);
  const entry = partner ? draft.partners[Number(partner[1])] : undefined;
  if (partner && entry) {
    const field = scoreGroups[partner[2] ?? ''] ?? partner[2] ?? '';
    if (Object.hasOwn(partnerFieldLabels, field)) {
      return { issue, step: 'partners', fieldId: partnerFieldId(entry.key, field), partnerKey: entry.key, label: partnerFieldLabels[field as keyof typeof partnerFieldLabels] };
    }
    return { issue, step: 'partners', fieldId: partnerFieldId(entry.key), partnerKey: entry.key, label: null };
  }
  return { issue, step: 'send', fieldId: null, partnerKey: null, label: null };
}
