import { contactLabels } from '@weefsel/graph-schema';
import { useI18n } from '../../i18n/i18n-context';
import { Field } from './field';

export type ContactName = keyof typeof contactLabels;
export type ContactDraft = Record<ContactName, string>;

/** The contact fields in form order, named as in graph-schema's contact properties. */
export const contactNames = Object.keys(contactLabels) as ContactName[];

export const emptyContact: ContactDraft = { email: '', phone: '', website: '', address: '', person: '' };

// The input type gives phones a number pad and lets browsers offer stored addresses.
const inputTypes: Record<ContactName, string> = { email: 'email', phone: 'tel', website: 'url', address: 'text', person: 'text' };
const autoComplete: Record<ContactName, string> = { email: 'email', phone: 'tel', website: 'url', address: 'street-address', person: 'name' };

/** E-mail, phone, website, address and contact person of an actor; problems show at each field (`contact.email`). */
export function ContactFields({ idPrefix, value, onChange, errorsOf, disabled }: { idPrefix: string; value: ContactDraft; onChange: (next: ContactDraft) => void; errorsOf: (field: string) => string[] | undefined; disabled?: boolean }) {
  const { t, language } = useI18n();
  return (
    <fieldset className="contact-fields" disabled={disabled}>
      <legend>{t('editing.contact.title')}</legend>
      {contactNames.map((name) => {
        const id = `${idPrefix}-contact-${name}`;
        return (
          <Field key={name} id={id} label={contactLabels[name][language]} errors={errorsOf(`contact.${name}`)}>
            {(describedBy, invalid) => (
              <input
                id={id}
                type={inputTypes[name]}
                autoComplete={autoComplete[name]}
                value={value[name]}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(event) => onChange({ ...value, [name]: event.target.value })}
              />
            )}
          </Field>
        );
      })}
    </fieldset>
  );
}

/** A stored contact as form text (absent fields empty). */
export function contactDraftOf(contact: Partial<Record<ContactName, string | null>> | null | undefined): ContactDraft {
  return Object.fromEntries(contactNames.map((name) => [name, contact?.[name] ?? ''])) as ContactDraft;
}

/** The contact to send: trimmed, empty fields left out (graph-schema drops them too), null when nothing is left. */
export function contactInputOf(draft: ContactDraft): Partial<ContactDraft> | null {
  const filled = contactNames.flatMap((name) => (draft[name].trim() ? [[name, draft[name].trim()] as const] : []));
  return filled.length > 0 ? Object.fromEntries(filled) : null;
}
