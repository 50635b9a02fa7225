import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { contactFields, type AnswerDraft, type ContactField } from './answer-draft';
import { contactFieldId } from './form-issues';
import { SurveyField } from './survey-field';

const inputs: Record<ContactField, { label: MessageKey; type: string; autoComplete: string }> = {
  name: { label: 'survey.contact.name', type: 'text', autoComplete: 'name' },
  role: { label: 'survey.contact.role', type: 'text', autoComplete: 'organization-title' },
  email: { label: 'survey.contact.email', type: 'email', autoComplete: 'email' },
  phone: { label: 'survey.contact.phone', type: 'tel', autoComplete: 'tel' },
};

/** Who fills in the form: every field optional, and said to be personal data before it is asked. */
export function AboutStep({ draft, errorsAt, onChange }: { draft: AnswerDraft; errorsAt: (fieldId: string) => string[]; onChange: (field: ContactField, value: string) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="survey-contact" aria-describedby="survey-personal-data">
      <legend>{t('survey.about.title')}</legend>
      <p id="survey-personal-data" className="survey-personal-data">
        {t('survey.about.personal')}
      </p>
      {contactFields.map((field) => (
        <SurveyField key={field} id={contactFieldId(field)} label={t(inputs[field].label)} errors={errorsAt(contactFieldId(field))}>
          {(props) => <input {...props} type={inputs[field].type} autoComplete={inputs[field].autoComplete} value={draft.contact[field]} onChange={(event) => onChange(field, event.target.value)} />}
        </SurveyField>
      ))}
    </fieldset>
  );
}
