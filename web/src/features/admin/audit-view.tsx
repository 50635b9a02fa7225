import { useEffect, useId, useState, type FormEvent } from 'react';
import { useAsync } from '../../components/use-async';
import { ViewStatus } from '../../components/analysis/view-status';
import { useI18n } from '../../i18n/i18n-context';
import type { AuditOperation } from '../../gql/graphql';
import { fetchAuditLog, fetchUsers, type AuditPage as AuditAnswer } from './admin.api';
import { AdminOnly } from './admin-only';
import { auditFilterOf, auditOperations, emptyAuditForm, pageInfo, type AuditForm } from './audit-query';
import { AuditTable } from './audit-table';

const pageSize = 25;

/** Admins: the audit trail, newest first, filtered by what the API offers and paged. */
export function AuditView() {
  return (
    <AdminOnly>
      <AuditPage />
    </AdminOnly>
  );
}

function AuditPage() {
  const { t } = useI18n();
  const titleId = useId();
  const [draft, setDraft] = useState<AuditForm>(emptyAuditForm);
  const [query, setQuery] = useState({ form: emptyAuditForm, offset: 0 });
  const filter = auditFilterOf(query.form);
  const state = useAsync(`${JSON.stringify(filter)}|${query.offset}`, (signal) => fetchAuditLog(filter, query.offset, pageSize, signal));
  const users = useAsync('users', fetchUsers);
  // The page shown stays while the next one loads, so the paging buttons (and the focus on them) stay.
  const [shown, setShown] = useState<{ page: AuditAnswer; offset: number } | null>(null);
  useEffect(() => {
    if (state.status === 'ready') setShown({ page: state.data, offset: query.offset });
    // `query` changes before `state` does: take the offset the answer was asked with.
  }, [state]);
  const loading = state.status === 'loading';
  const page = shown?.page ?? null;
  const info = shown ? pageInfo(shown.offset, pageSize, shown.page.total, shown.page.items.length) : null;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ form: draft, offset: 0 });
  };
  const clear = () => {
    setDraft(emptyAuditForm);
    setQuery({ form: emptyAuditForm, offset: 0 });
  };
  const set = (change: Partial<AuditForm>) => setDraft((current) => ({ ...current, ...change }));

  return (
    <section className="admin-view audit-view" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('audit.title')}</h2>
      <p className="view-intro">{t('audit.intro')}</p>
      <form className="audit-filter" onSubmit={apply} aria-label={t('audit.filters')}>
        <div className="control">
          <label htmlFor={`${titleId}-op`}>{t('audit.operation')}</label>
          <select id={`${titleId}-op`} value={draft.operation} onChange={(event) => set({ operation: event.target.value as AuditOperation | '' })}>
            <option value="">{t('audit.operationAll')}</option>
            {auditOperations.map((operation) => (
              <option key={operation} value={operation}>
                {t(`audit.op.${operation}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label htmlFor={`${titleId}-user`}>{t('audit.user')}</label>
          <select id={`${titleId}-user`} value={draft.userId} onChange={(event) => set({ userId: event.target.value })}>
            <option value="">{t('audit.userAll')}</option>
            {(users.status === 'ready' ? users.data : []).map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label htmlFor={`${titleId}-target`}>{t('audit.target')}</label>
          <input id={`${titleId}-target`} value={draft.targetId} spellCheck={false} onChange={(event) => set({ targetId: event.target.value })} />
        </div>
        <div className="control">
          <label htmlFor={`${titleId}-since`}>{t('audit.since')}</label>
          <input id={`${titleId}-since`} type="date" value={draft.since} onChange={(event) => set({ since: event.target.value })} />
        </div>
        <div className="control">
          <label htmlFor={`${titleId}-until`}>{t('audit.until')}</label>
          <input id={`${titleId}-until`} type="date" value={draft.until} onChange={(event) => set({ until: event.target.value })} />
        </div>
        <div className="button-row">
          <button type="submit">{t('audit.apply')}</button>
          <button type="button" className="secondary" onClick={clear}>
            {t('audit.clear')}
          </button>
        </div>
      </form>
      <ViewStatus state={state} loading={t('audit.loading')} failed={(message) => t('audit.failed', { message })} />
      {page && info && (
        <>
          <div className="audit-paging">
            <p role="status" className="audit-range">
              {page.total === 0 ? t('audit.none') : t('audit.range', { first: info.first, last: info.last, total: page.total })}
            </p>
            <nav className="button-row" aria-label={t('audit.paging')}>
              <button type="button" className="secondary" disabled={loading || info.previous === null} onClick={() => info.previous !== null && setQuery({ ...query, offset: info.previous })}>
                {t('audit.previous')}
              </button>
              <span>{t('audit.page', { page: info.page, pages: info.pages })}</span>
              <button type="button" className="secondary" disabled={loading || info.next === null} onClick={() => info.next !== null && setQuery({ ...query, offset: info.next })}>
                {t('audit.next')}
              </button>
            </nav>
          </div>
          {page.items.length > 0 && <AuditTable items={page.items} />}
        </>
      )}
    </section>
  );
}
