import { personNameKinds, surveyPartnerKinds, type NodeKind } from '@weefsel/graph-schema';
import { useId, useState, type FormEvent } from 'react';
import { describeProblem } from '../../i18n/describe-problem';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel } from '../../i18n/schema-labels';
import { SurveyField } from './survey-field';

/** Kinds a respondent may propose: partner kinds, but never a person (personal data). */
const proposableKinds = surveyPartnerKinds.filter((kind) => !personNameKinds.includes(kind));

/** A partner that is not listed: name, kind and place, proposed for an editor to review. */
export function NewPartnerForm({ onAdd }: { onAdd: (proposed: { name: string; kind: NodeKind; place: string }) => void }) {
  const { t, language } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<NodeKind>(proposableKinds.includes('Organisation') ? 'Organisation' : (proposableKinds[0] as NodeKind));
  const [place, setPlace] = useState('');
  const [tried, setTried] = useState(false);
  const nameErrors = tried && name.trim() === '' ? [describeProblem({ code: 'empty' }, language)] : [];

  const add = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (name.trim() === '') {
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    onAdd({ name: name.trim(), kind, place: place.trim() });
    setName('');
    setPlace('');
    setTried(false);
  };

  return (
    <form className="survey-new-partner" aria-labelledby={`${id}-title`} onSubmit={add} noValidate>
      <h3 id={`${id}-title`}>{t('survey.new.title')}</h3>
      <p className="survey-hint">{t('survey.new.intro')}</p>
      <SurveyField id={`${id}-name`} label={t('survey.new.name')} errors={nameErrors}>
        {(props) => <input {...props} type="text" autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />}
      </SurveyField>
      <SurveyField id={`${id}-kind`} label={t('survey.new.kind')} errors={[]}>
        {(props) => (
          <select {...props} value={kind} onChange={(event) => setKind(event.target.value as NodeKind)}>
            {proposableKinds.map((option) => (
              <option key={option} value={option}>
                {kindLabel(option, language)}
              </option>
            ))}
          </select>
        )}
      </SurveyField>
      <SurveyField id={`${id}-place`} label={t('survey.new.place')} errors={[]}>
        {(props) => <input {...props} type="text" autoComplete="address-level2" value={place} onChange={(event) => setPlace(event.target.value)} />}
      </SurveyField>
      <button type="submit" className="survey-secondary">
        {t('survey.new.add')}
      </button>
    </form>
  );
}
