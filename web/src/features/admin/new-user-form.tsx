import { roleNames, roles, type Role } from '@weefsel/graph-schema';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { createUser, type UserRecord } from './admin.api';
import { checkNewUser, normaliseUserName, userProblemsOf, type UserProblem } from './user-problems';

export interface NewUserFormProps {
  onCreated: (user: UserRecord, generatedPassword: string | null) => void;
  /** A refusal that is not about a field of this form (or a failed request). */
  onFailed: (name: string, error: unknown) => void;
}

/** Name, role and (optionally) a password; the API makes one when it is left empty. */
export function NewUserForm({ onCreated, onFailed }: NewUserFormProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<UserProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const problemAt = (field: 'name' | 'password') => problems.find((problem) => problem.field === field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkNewUser(name, password);
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const created = await createUser(normaliseUserName(name), role, password === '' ? null : password);
      setName('');
      setPassword('');
      onCreated(created.user, created.password);
    } catch (error) {
      const refused = userProblemsOf(error).filter((problem) => problem.field !== 'user');
      setProblems(refused);
      if (refused.length === 0) onFailed(normaliseUserName(name), error);
    } finally {
      setBusy(false);
    }
  };

  const field = (key: 'name' | 'password', label: string, hint: string, input: (describedBy: string, invalid: boolean) => ReactNode) => {
    const problem = problemAt(key);
    return (
      <div className="control">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        {input(`${id}-${key}-hint`, problem !== undefined)}
        <p id={`${id}-${key}-hint`} className={problem ? 'field-error' : 'hint'}>
          {problem ? `${label}: ${t(problem.key)}` : hint}
        </p>
      </div>
    );
  };

  return (
    <form className="panel admin-new-user" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`}>{t('admin.create.title')}</h3>
      {field('name', t('admin.create.name'), t('admin.create.nameHint'), (describedBy, invalid) => (
        <input id={`${id}-name`} autoComplete="off" spellCheck={false} value={name} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setName(event.target.value)} />
      ))}
      <div className="control">
        <label htmlFor={`${id}-role`}>{t('admin.create.role')}</label>
        <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {roleNames.map((each) => (
            <option key={each} value={each}>
              {roles[each].label[language]} – {roles[each].description[language]}
            </option>
          ))}
        </select>
      </div>
      {field('password', t('admin.create.password'), t('admin.create.passwordHint'), (describedBy, invalid) => (
        <input id={`${id}-password`} type="password" autoComplete="new-password" value={password} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setPassword(event.target.value)} />
      ))}
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {t('admin.create.submit')}
        </button>
      </div>
    </form>
  );
}
