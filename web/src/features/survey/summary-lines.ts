import type { Language } from '@weefsel/graph-schema';
import { describeProblem } from '../../i18n/describe-problem';
import type { MessageKey, MessageParams } from '../../i18n/messages';
import type { AnswerDraft, PartnerEntry } from './answer-draft';
import type { SummaryLine } from './error-summary';
import type { PlacedIssue } from './form-issues';

/**
 * The error summary's lines in the UI language: the partner, the question in quotes and the
 * problem (`Buurtwerk Noord: "Hoe nauw werkt u samen?" is verplicht`), the question alone for the
 * contact, the problem alone for the form as a whole.
 */
export function summaryLines(
  issues: readonly PlacedIssue[],
  draft: AnswerDraft,
  partnerName: (entry: PartnerEntry) => string,
  t: (key: MessageKey, params?: MessageParams) => string,
  language: Language,
): SummaryLine[] {
  return issues.map((placed) => {
    const message = describeProblem(placed.issue, language);
    const field = placed.label ? t(placed.label) : null;
    const entry = placed.partnerKey ? draft.partners.find((p) => p.key === placed.partnerKey) : undefined;
    const partner = entry ? partnerName(entry) : null;
    if (partner) return { placed, text: field ? t('survey.errors.partnerAt', { partner, field, message }) : `${partner}: ${message}` };
    return { placed, text: field ? t('survey.errors.at', { field, message }) : message };
  });
}
