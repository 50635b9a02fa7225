import { describe, expect, it } from 'vitest';
import { auditFilterOf, changedFields, dayBoundary, emptyAuditForm, pageInfo } from './audit-query';

describe('audit filter', () => {
  it('sends only what is filled in', () => {
    expect(auditFilterOf(emptyAuditForm)).toEqual({});
    expect(auditFilterOf({ ...emptyAuditForm, operation: 'updateUser', userId: 'user-1', targetId: ' act-2 ' })).toEqual({
      operations: ['updateUser'],
      userId: 'user-1',
      targetId: 'act-2',
    });
  });

  it('turns days into the first and last moment of the local day, in the API\'s ISO form', () => {
    const since = dayBoundary('2026-03-01', false)!;
    const until = dayBoundary('2026-03-01', true)!;
    expect(since).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(new Date(since).getDate()).toBe(1);
    expect(new Date(since).getHours()).toBe(0);
    expect(Date.parse(until) - Date.parse(since)).toBe(24 * 3600 * 1000 - 1);
    expect(dayBoundary('1 maart', false)).toBeUndefined();
    expect(auditFilterOf({ ...emptyAuditForm, since: '2026-03-01', until: '2026-03-02' })).toEqual({ since, until: dayBoundary('2026-03-02', true) });
  });
});

describe('audit paging', () => {
  it('numbers pages and entries and knows its neighbours', () => {
    expect(pageInfo(0, 25, 60, 25)).toEqual({ page: 1, pages: 3, first: 1, last: 25, previous: null, next: 25 });
    expect(pageInfo(50, 25, 60, 10)).toEqual({ page: 3, pages: 3, first: 51, last: 60, previous: 25, next: null });
    expect(pageInfo(0, 25, 0, 0)).toEqual({ page: 1, pages: 1, first: 0, last: 0, previous: null, next: null });
  });
});

describe('audit changes', () => {
  it('lists changed fields without timestamps or hashes', () => {
    const before = { id: 'u1', name: 'ann', role: 'viewer', updatedAt: '2026-01-01T00:00:00.000Z' };
    const after = { id: 'u1', name: 'ann', role: 'editor', updatedAt: '2026-02-01T00:00:00.000Z', passwordChanged: true };
    expect(changedFields(before, after)).toEqual([{ field: 'role', before: 'viewer', after: 'editor' }]);
    expect(changedFields({ domains: ['HEALTH'] }, { domains: [] })).toEqual([{ field: 'domains', before: 'HEALTH', after: '–' }]);
    expect(changedFields(null, after)).toEqual([]);
  });
});
