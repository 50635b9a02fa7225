import { roles, type Language } from '@weefsel/graph-schema';
import type { ReactNode } from 'react';
import { localeOf } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey, MessageParams } from '../../i18n/messages';
import { pathLabel } from '../../i18n/path-labels';
import type { AuditItem } from './admin.api';
import { changedFields, type FieldChange } from './audit-query';

const fieldsShown = 4;
const targetTypes = new Set(['actor', 'relation', 'graph', 'user', 'person', 'survey']);

type T = (key: MessageKey, params?: MessageParams) => string;

/** Day and time to the second: several writes often fall in one minute, and their order matters here. */
function moment(at: string, language: Language): string {
  const parsed = new Date(at);
  return Number.isNaN(parsed.getTime()) ? at : new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'medium' }).format(parsed);
}

function fieldText(change: FieldChange, language: Language, t: T): string {
  const label = change.field === 'role' ? t('admin.users.role').toLowerCase() : pathLabel(change.field, language);
  const value = (text: string) => (change.field === 'role' && Object.hasOwn(roles, text) ? roles[text as keyof typeof roles].label[language] : text);
  return `${label}: ${value(change.before)} → ${value(change.after)}`;
}

function count(value: unknown, path: 'created' | 'updated'): number {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[path] === 'number' ? ((value as Record<string, number>)[path] ?? 0) : 0;
}

/** What an entry changed, in words: created, deleted, the fields with before → after, or an import's counts. */
function changeOf(item: AuditItem, language: Language, t: T): ReactNode {
  if (item.operation === 'importGraph') {
    const summary = (item.after?.summary ?? {}) as Record<string, unknown>;
    return t('audit.imported', {
      created: count(summary.actors, 'created') + count(summary.relations, 'created'),
      updated: count(summary.actors, 'updated') + count(summary.relations, 'updated'),
    });
  }
  if (!item.before && item.after) return t('audit.created');
  if (item.before && !item.after) return t('audit.deleted');
  const lines = changedFields(item.before, item.after).map((change) => fieldText(change, language, t));
  if (item.after?.passwordChanged === true) lines.push(t('audit.passwordChanged'));
  if (lines.length === 0) return '–';
  const rest = lines.length - fieldsShown;
  return (
    <ul className="audit-changes">
      {lines.slice(0, fieldsShown).map((line) => (
        <li key={line}>{line}</li>
      ))}
      {rest > 0 && <li>{t('audit.moreFields', { count: rest })}</li>}
    </ul>
  );
}

function subjectOf(item: AuditItem, t: T): ReactNode {
  const type = targetTypes.has(item.targetType) ? t(`audit.type.${item.targetType}` as MessageKey) : item.targetType;
  const record = item.after ?? item.before;
  const name = typeof record?.name === 'string' ? record.name : null;
  return (
    <>
      {type}
      {name && <> · {name}</>}
      {item.targetId && <span className="hint audit-id"> {item.targetId}</span>}
    </>
  );
}

/** One page of the audit trail as a table, newest first (the API's order). */
export function AuditTable({ items }: { items: readonly AuditItem[] }) {
  const { t, language } = useI18n();
  return (
    <table className="admin-table audit-table">
      <caption className="visually-hidden">{t('audit.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.at')}</th>
          <th scope="col">{t('audit.who')}</th>
          <th scope="col">{t('audit.what')}</th>
          <th scope="col">{t('audit.subject')}</th>
          <th scope="col">{t('audit.change')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-operation={item.operation} data-target={item.targetId ?? ''}>
            <td className="audit-at">
              <time dateTime={item.at}>{moment(item.at, language)}</time>
            </td>
            <td>{item.userId === null && item.userName === 'system' ? t('audit.system') : item.userName}</td>
            <td>{t(`audit.op.${item.operation}`)}</td>
            <td>{subjectOf(item, t)}</td>
            <td>{changeOf(item, language, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
