import { collaborationLevels, surveyTieSentence, type NodeKind } from '@weefsel/graph-schema';
import { useI18n } from '../../i18n/i18n-context';
import { formatDay } from '../../i18n/format';
import type { PartnerEntry } from './answer-draft';

export interface SendStepProps {
  respondentName: string;
  closesOn: string;
  partners: readonly PartnerEntry[];
  partnerOf: (entry: PartnerEntry) => { name: string; kind: NodeKind | null };
  submittedAt: string | null;
  busy: boolean;
  onSubmit: () => void;
}

/** The answer in short, and the button that submits it (again: a new submission replaces the old). */
export function SendStep({ respondentName, closesOn, partners, partnerOf, submittedAt, busy, onSubmit }: SendStepProps) {
  const { t, language } = useI18n();
  const closes = formatDay(closesOn, language, 'long');
  return (
    <>
      <p className="survey-lead">
        {partners.length === 0 ? t('survey.send.noPartners', { name: respondentName }) : t('survey.send.intro', { count: partners.length, closesOn: closes })}
      </p>
      {partners.length > 0 && (
        <ul className="survey-summary">
          {partners.map((entry) => (
            <li key={entry.key}>
              {t('survey.send.partnerLine', {
                relation: surveyTieSentence(entry.relationKind, entry.direction, partnerOf(entry).name, language),
                level: entry.level ? collaborationLevels[entry.level].label[language] : '–',
              })}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="survey-primary" disabled={busy} onClick={onSubmit}>
        {busy ? t('survey.send.sending') : submittedAt ? t('survey.send.resubmit') : t('survey.send.submit')}
      </button>
    </>
  );
}
