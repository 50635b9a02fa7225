import type { AuditFilter, AuditOperation } from '../../gql/graphql';

/** What the filter form holds: empty strings for "any". Days are YYYY-MM-DD from date inputs. */
export interface AuditForm {
  operation: AuditOperation | '';
  userId: string;
  targetId: string;
  since: string;
  until: string;
}

export const emptyAuditForm: AuditForm = { operation: '', userId: '', targetId: '', since: '', until: '' };

export const auditOperations: readonly AuditOperation[] = [
  'createUser', 'updateUser', 'deleteUser', 'upsertActor', 'deleteActor', 'upsertRelation', 'deleteRelation', 'importGraph', 'erasePerson',
];

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A day's first or last moment on the person's own clock, as the API's timestamps are written
 * (toISOString, UTC): the API compares them as text, so both must have the same form.
 */
export function dayBoundary(day: string, end: boolean): string | undefined {
  const match = dayPattern.exec(day);
  if (!match) return undefined;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const moment = end ? new Date(year, month - 1, date, 23, 59, 59, 999) : new Date(year, month - 1, date, 0, 0, 0, 0);
  return Number.isNaN(moment.getTime()) ? undefined : moment.toISOString();
}

/** The API's filter for a form: only what is filled in. */
export function auditFilterOf(form: AuditForm): AuditFilter {
  const filter: AuditFilter = {};
  if (form.operation) filter.operations = [form.operation];
  if (form.userId) filter.userId = form.userId;
  if (form.targetId.trim()) filter.targetId = form.targetId.trim();
  const since = dayBoundary(form.since, false);
  const until = dayBoundary(form.until, true);
  if (since) filter.since = since;
  if (until) filter.until = until;
  return filter;
}

export interface PageInfo {
  page: number;
  pages: number;
  /** 1-based numbers of the first and last entry shown; 0 and 0 on an empty page. */
  first: number;
  last: number;
  previous: number | null;
  next: number | null;
}

/** Where a page stands among all pages, and the offsets of its neighbours (null: none). */
export function pageInfo(offset: number, limit: number, total: number, shown: number): PageInfo {
  const pages = Math.max(1, Math.ceil(total / limit));
  return {
    page: Math.floor(offset / limit) + 1,
    pages,
    first: shown === 0 ? 0 : offset + 1,
    last: offset + shown,
    previous: offset > 0 ? Math.max(0, offset - limit) : null,
    next: offset + limit < total ? offset + limit : null,
  };
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

// Timestamps change with every write and say nothing a reader needs; a hash is never shown.
const quietFields = new Set(['createdAt', 'updatedAt', 'passwordHash', 'passwordChanged']);

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '–';
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.map(shown).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The fields an update changed, in the record's own order, with their values before and after. */
export function changedFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): FieldChange[] {
  if (!before || !after) return [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !quietFields.has(field));
  return fields
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, before: shown(before[field]), after: shown(after[field]) }));
}
