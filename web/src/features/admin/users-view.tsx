import { useEffect, useId, useRef, useState } from 'react';
import { useAsync } from '../../components/use-async';
import { ViewStatus } from '../../components/analysis/view-status';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../components/session-context';
import { fetchUsers, type UserRecord } from './admin.api';
import { AdminOnly } from './admin-only';
import { NewUserForm } from './new-user-form';
import { OutcomeMessage } from './outcome-message';
import { useOutcome } from './use-outcome';
import { UserRow } from './user-row';
import { userProblemsOf } from './user-problems';

/** Admins: every user with their role; create, change role, set a password, delete. */
export function UsersView() {
  return (
    <AdminOnly>
      <UsersPage />
    </AdminOnly>
  );
}

function UsersPage() {
  const { t, language } = useI18n();
  const { state: session, loggedIn } = useSession();
  const titleId = useId();
  const [reload, setReload] = useState(0);
  const state = useAsync(`users|${reload}`, fetchUsers);
  // Kept here and changed by each action, so the table (and the focus in it) stays put.
  const [users, setUsers] = useState<UserRecord[] | null>(null);
  const { outcome, done, failed } = useOutcome();
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'ready') setUsers(state.data);
  }, [state]);

  const sorted = users ? [...users].sort((a, b) => a.name.localeCompare(b.name, language)) : [];
  const replace = (user: UserRecord) => setUsers((current) => (current ?? []).map((each) => (each.id === user.id ? user : each)));
  const onFailed = (user: UserRecord, error: unknown) => {
    failed(user.name, error);
    if (userProblemsOf(error).some((problem) => problem.key === 'admin.problem.userGone')) setReload((count) => count + 1);
  };

  return (
    <section className="admin-view" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('admin.users.title')}</h2>
      <p className="view-intro">{t('admin.users.intro')}</p>
      {!users && <ViewStatus state={state} loading={t('admin.users.loading')} failed={(message) => t('admin.users.failed', { message })} />}
      <OutcomeMessage ref={outcomeRef} outcome={outcome} />
      <div className="users-layout">
        {users && (
          <table className="admin-table">
            <caption>
              {t('admin.users.table')} · {t('admin.users.count', { count: users.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.role')}</th>
                <th scope="col">{t('admin.users.changed')}</th>
                <th scope="col">{t('admin.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  isSelf={session.status === 'user' && session.user.id === user.id}
                  onChanged={(saved, what) => {
                    replace(saved);
                    // An admin who gives themselves another role loses these tabs at once, not at the next reload.
                    if (session.status === 'user' && saved.id === session.user.id) loggedIn({ id: saved.id, name: saved.name, role: saved.role });
                    done(what === 'role' ? 'admin.done.role' : 'admin.done.password', saved.name, { role: saved.role });
                  }}
                  onDeleted={(gone) => {
                    setUsers((current) => (current ?? []).filter((each) => each.id !== gone.id));
                    done('admin.done.deleted', gone.name);
                    // The row and its buttons are gone: give focus a place near where it was.
                    outcomeRef.current?.focus();
                  }}
                  onFailed={onFailed}
                />
              ))}
            </tbody>
          </table>
        )}
        <NewUserForm
          onCreated={(user, password) => {
            setUsers((current) => [...(current ?? []), user]);
            done('admin.done.created', user.name, { role: user.role, password });
          }}
          onFailed={(name, error) => failed(name, error)}
        />
      </div>
    </section>
  );
}
