import { roles } from '@weefsel/graph-schema';
import { useId, useRef, useState, type FormEvent } from 'react';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { useSession } from '../../components/session-context';
import { changePassword } from './account.api';
import { checkPasswordDraft, passwordProblemsOf, type PasswordDraft, type PasswordField, type PasswordProblem } from './password-checks';

const emptyDraft: PasswordDraft = { current: '', next: '', repeat: '' };

const fields: { field: PasswordField; label: MessageKey; hint?: MessageKey; autoComplete: string }[] = [
  { field: 'current', label: 'account.password.current', autoComplete: 'current-password' },
  { field: 'next', label: 'account.password.new', hint: 'account.password.newHint', autoComplete: 'new-password' },
  { field: 'repeat', label: 'account.password.repeat', autoComplete: 'new-password' },
];

/** Every logged-in user: who they are, and changing their own password. */
export function AccountView() {
  const { t, language } = useI18n();
  const { state: session } = useSession();
  const id = useId();
  const [draft, setDraft] = useState<PasswordDraft>(emptyDraft);
  const [problems, setProblems] = useState<PasswordProblem[]>([]);
  // The error itself, worded when shown, so a language switch rewords it.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const inputs = useRef(new Map<PasswordField, HTMLInputElement>());
  if (session.status !== 'user') return null;

  const show = (found: PasswordProblem[]) => {
    setProblems(found);
    // Straight to the first field to mend, as a screen reader user would otherwise search for it.
    if (found[0]) inputs.current.get(found[0].field)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    setFailure(null);
    const found = checkPasswordDraft(draft);
    show(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await changePassword(draft.current, draft.next);
      setDraft(emptyDraft);
      setChanged(true);
    } catch (error) {
      const refused = passwordProblemsOf(error);
      show(refused);
      if (refused.length === 0) setFailure({ error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="admin-view account-view" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('account.title')}</h2>
      <p>{t('account.who', { name: session.user.name, role: roles[session.user.role].label[language] })}</p>
      <form className="panel account-password" aria-labelledby={`${id}-form`} onSubmit={submit} noValidate>
        <h3 id={`${id}-form`}>{t('account.password.title')}</h3>
        {fields.map(({ field, label, hint, autoComplete }) => {
          const problem = problems.find((each) => each.field === field);
          const describedBy = problem || hint ? `${id}-${field}-note` : undefined;
          return (
            <div className="control" key={field}>
              <label htmlFor={`${id}-${field}`}>{t(label)}</label>
              <input
                ref={(element) => {
                  if (element) inputs.current.set(field, element);
                  else inputs.current.delete(field);
                }}
                id={`${id}-${field}`}
                type="password"
                autoComplete={autoComplete}
                value={draft[field]}
                aria-invalid={problem ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => setDraft((current) => ({ ...current, [field]: event.target.value }))}
              />
              {(problem || hint) && (
                <p id={`${id}-${field}-note`} className={problem ? 'field-error' : 'hint'}>
                  {problem ? `${t(label)}: ${t(problem.key)}` : hint && t(hint)}
                </p>
              )}
            </div>
          );
        })}
        <div className="button-row">
          <button type="submit" disabled={busy}>
            {t('account.password.submit')}
          </button>
        </div>
        <p role="status" className={changed ? 'notice success' : 'visually-hidden'}>
          {changed ? t('account.password.done') : ''}
        </p>
        {failure && (
          <p role="alert" className="error">
            {describeError(failure.error, language)}
          </p>
        )}
      </form>
    </section>
  );
}
