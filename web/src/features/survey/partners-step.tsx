import type { NodeKind } from '@weefsel/graph-schema';
import { useI18n } from '../../i18n/i18n-context';
import type { PartnerEntry } from './answer-draft';
import { NewPartnerForm } from './new-partner-form';
import { PartnerCard } from './partner-card';
import { PartnerPicker } from './partner-picker';
import type { SurveyActor } from './respondent.api';

export interface PartnersStepProps {
  token: string;
  respondent: SurveyActor;
  actors: readonly SurveyActor[];
  partners: readonly PartnerEntry[];
  partnerOf: (entry: PartnerEntry) => { name: string; kind: NodeKind | null; note: string | null };
  errorsAt: (fieldId: string) => string[];
  onChoose: (actor: SurveyActor) => void;
  onPropose: (proposed: { name: string; kind: NodeKind; place: string }) => void;
  onChange: (entry: PartnerEntry) => void;
  onRemove: (entry: PartnerEntry) => void;
}

/** "With whom did you work": choose or propose partners, then the questions per partner. */
export function PartnersStep({ token, respondent, actors, partners, partnerOf, errorsAt, onChoose, onPropose, onChange, onRemove }: PartnersStepProps) {
  const { t } = useI18n();
  const chosen = new Set(partners.flatMap((p) => (p.partnerActorId ? [p.partnerActorId] : [])));
  return (
    <>
      <p className="survey-lead">{t('survey.partners.intro')}</p>
      <div className="survey-choose">
        <PartnerPicker token={token} respondentId={respondent.id} actors={actors} chosen={chosen} onChoose={onChoose} />
        <NewPartnerForm onAdd={onPropose} />
      </div>
      <section className="survey-chosen" aria-labelledby="survey-chosen-title">
        <h3 id="survey-chosen-title">{t('survey.chosen.title', { count: partners.length })}</h3>
        {partners.length === 0 && <p className="survey-hint">{t('survey.chosen.none')}</p>}
        {partners.map((entry) => (
          <PartnerCard key={entry.key} entry={entry} respondent={respondent} partner={partnerOf(entry)} errorsAt={errorsAt} onChange={onChange} onRemove={() => onRemove(entry)} />
        ))}
      </section>
    </>
  );
}
