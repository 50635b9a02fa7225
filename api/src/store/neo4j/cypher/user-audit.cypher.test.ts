import { describe, expect, it } from 'vitest';
import { nodeKindNames } from '@weefsel/graph-schema';
import { appendAuditEntries, auditMentioning, auditPage, countAudit, rewriteAuditEntries, type AuditRow } from './audit.cypher';
import { bumpChangeMark, bumpUsersMark, changesAfter, pruneChangeLog, readChangeMark } from './change-mark.cypher';
import { cypherProblems } from './cypher-lint';
import { auditLabel, userLabel } from './cypher-names';
import { allUsers, countUsers, createUser, deleteUser, updateUser, userById, userByName } from './user.cypher';

const hostile = "x'}) DETACH DELETE (n) //";
const row: AuditRow = {
  id: 'e1', at: '2024-01-01T00:00:00.000Z', userId: null, userName: 'system', operation: 'upsertActor',
  targetType: 'actor', targetId: 'a', before: null, after: '{"id":"a"}',
};

describe('user and audit builders', () => {
  it('produce valid Cypher 5 with every parameter they use', () => {
    const user = { id: 'u', name: 'ann', role: 'viewer' as const, passwordHash: 'h' };
    const queries = [
      userById('u'), userByName('ann'), allUsers(), countUsers(), createUser(user, row.at), updateUser('u', 'admin', 'h', row.at), deleteUser('u'),
      appendAuditEntries([row]), auditPage({}, { offset: 0, limit: 5 }), countAudit({}), auditMentioning(['a']),
      rewriteAuditEntries([row]),
      auditPage({ userId: 'u', targetId: 'a', operations: ['deleteActor'], since: row.at, until: row.at }, { offset: 5, limit: 5 }),
      countAudit({ userId: 'u', operations: ['importGraph'] }),
      bumpChangeMark({ actorIds: ['a'], relationIds: [] }), bumpUsersMark(), readChangeMark(), pruneChangeLog(1_000), changesAfter(3),
    ];
    for (const query of queries) expect(cypherProblems(query), query.cypher).toEqual([]);
  });

  it('send every value as a parameter, never in the text', () => {
    for (const query of [userByName(hostile), userById(hostile), deleteUser(hostile), auditMentioning([hostile]), countAudit({ targetId: hostile })]) {
      expect(query.cypher).not.toContain(hostile);
      expect(JSON.stringify(query.params)).toContain(JSON.stringify(hostile).slice(1, -1));
    }
  });

  it('filter the audit log only on what is set, AND between conditions, newest first', () => {
    expect(auditPage({}, { offset: 0, limit: 1 }).cypher).not.toContain('WHERE');
    const page = auditPage({ targetId: 'a', operations: ['deleteActor'] }, { offset: 0, limit: 1 });
    expect(page.cypher).toContain('WHERE e.targetId = $targetId AND e.operation IN $operations');
    expect(page.cypher).toContain('ORDER BY e.at DESC, e.id DESC');
  });

  it('use labels that no node kind takes, so a replace import never deletes users or the trail', () => {
    expect(nodeKindNames).not.toContain(userLabel);
    expect(nodeKindNames).not.toContain(auditLabel);
  });
});
