import { roleNames, roles, type Role } from '@weefsel/graph-schema';
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { formatTimestamp } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { deleteUser, updateUser, type UserRecord } from './admin.api';
import { passwordFits } from './user-problems';

export interface UserRowProps {
  user: UserRecord;
  isSelf: boolean;
  onChanged: (user: UserRecord, what: 'role' | 'password') => void;
  onDeleted: (user: UserRecord) => void;
  onFailed: (user: UserRecord, error: unknown) => void;
}

type Mode = 'idle' | 'password' | 'confirm-delete';

/** One user: its role (changed with a select and a save button), a new password, and delete after asking. */
export function UserRow({ user, isSelf, onChanged, onDeleted, onFailed }: UserRowProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [role, setRole] = useState<Role>(user.role);
  const [mode, setMode] = useState<Mode>('idle');
  const [busy, setBusy] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  useEffect(() => setRole(user.role), [user.role]);
  useEffect(() => {
    if (mode === 'confirm-delete') yesRef.current?.focus();
    if (mode === 'password') passwordRef.current?.focus();
  }, [mode]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      onFailed(user, error);
    } finally {
      setBusy(false);
    }
  };

  const saveRole = () => run(async () => onChanged(await updateUser(user.id, { role }), 'role'));
  const remove = () =>
    run(async () => {
      await deleteUser(user.id);
      onDeleted(user);
    });

  return (
    <>
      <tr data-user={user.name}>
        <th scope="row">
          {user.name} {isSelf && <span className="hint">{t('admin.users.you')}</span>}
        </th>
        <td>
          <div className="inline">
            <select aria-label={t('admin.users.roleOf', { name: user.name })} value={role} disabled={busy} onChange={(event) => setRole(event.target.value as Role)}>
              {roleNames.map((name) => (
                <option key={name} value={name}>
                  {roles[name].label[language]}
                </option>
              ))}
            </select>
            <button type="button" className="secondary" disabled={busy || role === user.role} onClick={saveRole}>
              {t('admin.users.saveRole')}
            </button>
          </div>
        </td>
        <td>{formatTimestamp(user.updatedAt, language)}</td>
        <td>
          {mode === 'confirm-delete' ? (
            <div className="confirm" role="group" aria-label={t('admin.users.deleteQuestion', { name: user.name })}>
              <p>{t('admin.users.deleteQuestion', { name: user.name })}</p>
              <button ref={yesRef} type="button" className="danger" disabled={busy} onClick={remove}>
                {t('admin.users.deleteYes')}
              </button>
              <button type="button" className="secondary" onClick={() => setMode('idle')}>
                {t('common.cancel')}
              </button>
            </div>
          ) : (
            <div className="button-row">
              <button type="button" className="secondary" aria-expanded={mode === 'password'} aria-controls={`${id}-password`} onClick={() => setMode(mode === 'password' ? 'idle' : 'password')}>
                {t('admin.users.setPassword')}
              </button>
              <button type="button" className="danger" onClick={() => setMode('confirm-delete')}>
                {t('admin.users.delete')}
              </button>
            </div>
          )}
        </td>
      </tr>
      {mode === 'password' && (
        <tr id={`${id}-password`}>
          <td colSpan={4}>
            <PasswordForm
              name={user.name}
              inputRef={passwordRef}
              busy={busy}
              onCancel={() => setMode('idle')}
              onSave={(password) =>
                run(async () => {
                  const saved = await updateUser(user.id, { password });
                  setMode('idle');
                  onChanged(saved, 'password');
                })
              }
            />
          </td>
        </tr>
      )}
    </>
  );
}

function PasswordForm(props: { name: string; inputRef: RefObject<HTMLInputElement | null>; busy: boolean; onCancel: () => void; onSave: (password: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const invalid = checked && !passwordFits(password);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (passwordFits(password)) props.onSave(password);
  };
  return (
    <form className="admin-password-form" onSubmit={submit} noValidate>
      <div className="control">
        <label htmlFor={id}>{t('admin.users.newPasswordOf', { name: props.name })}</label>
        <input
          ref={props.inputRef}
          id={id}
          type="password"
          autoComplete="new-password"
          value={password}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setPassword(event.target.value)}
        />
        <p id={`${id}-hint`} className={invalid ? 'field-error' : 'hint'}>
          {invalid ? `${t('admin.create.password')}: ${t('admin.problem.passwordRule')}` : t('admin.users.passwordHint')}
        </p>
      </div>
      <div className="button-row">
        <button type="submit" disabled={props.busy}>
          {t('common.save')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
