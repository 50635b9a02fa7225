// Test support: how the simulated graph answers the user and audit statements.
import * as audit from '../cypher/audit.cypher';
import { bumpChangeMark, bumpUsersMark, changesAfter, pruneChangeLog, readChangeMark } from '../cypher/change-mark.cypher';
import { openJournals } from '../cypher/import-journal.cypher';
import type { CypherQuery } from '../cypher/cypher-query';
import * as user from '../cypher/user.cypher';
import type { Row } from '../neo4j-runner';
import { project, type Props, type SimulatedGraph } from './simulated-graph';
import type { StatementHandler } from './simulated-transactions';

const userKeys = ['id', 'name', 'role', 'passwordHash', 'sessionVersion', 'endedSessions', 'createdAt', 'updatedAt'];
const entryKeys = ['id', 'at', 'userId', 'userName', 'operation', 'targetType', 'targetId', 'before', 'after'];
const same = (build: () => CypherQuery) => (q: CypherQuery) => q.cypher === build().cypher;
const userRow = (u: Props): Row => ({ user: project(u, userKeys) });

/** WHERE of auditPage / countAudit, read from which parameters are present. */
function matches(e: Props, p: Props): boolean {
  return (
    (p.userId === undefined || e.userId === p.userId) &&
    (p.targetId === undefined || e.targetId === p.targetId) &&
    (p.operations === undefined || (p.operations as string[]).includes(String(e.operation))) &&
    (p.since === undefined || String(e.at) >= String(p.since)) &&
    (p.until === undefined || String(e.at) <= String(p.until))
  );
}

const newestFirst = (a: Props, b: Props) => (a.at === b.at ? (String(a.id) < String(b.id) ? 1 : -1) : String(a.at) < String(b.at) ? 1 : -1);

function setEntry(g: SimulatedGraph, rows: Props[], create: boolean): Row[] {
  for (const row of rows) {
    const values = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));
    if (create) g.audit.push(values);
    else {
      const entry = g.audit.find((e) => e.id === row.id);
      if (!entry) continue;
      for (const key of ['targetId', 'before', 'after']) {
        if (row[key] === null) delete entry[key];
        else entry[key] = row[key];
      }
    }
  }
  return [{ written: rows.length }];
}

export const userHandlers: StatementHandler[] = [
  {
    matches: same(() => bumpChangeMark('nothing')),
    answer: (g, q) => {
      g.mark = (g.mark ?? 0) + 1;
      g.changes.set(g.mark, String(q.params.touched));
      return [{ epoch: 'simulated', value: g.mark }];
    },
  },
  {
    matches: same(bumpUsersMark),
    answer: (g) => {
      g.mark ??= 0;
      g.usersMark += 1;
      return [];
    },
  },
  {
    matches: same(() => pruneChangeLog(0)),
    answer: (g, q) => {
      for (const seq of [...g.changes.keys()]) if (seq <= Number(q.params.below)) g.changes.delete(seq);
      return [];
    },
  },
  {
    matches: same(() => changesAfter(0)),
    answer: (g, q) => {
      if (g.mark === null) return [];
      const after = [...g.changes].filter(([seq]) => seq > Number(q.params.seq)).sort(([a], [b]) => a - b);
      return [{ epoch: 'simulated', value: g.mark, touched: after.map(([, touched]) => touched) }];
    },
  },
  // The simulated store never stages an import (its documents are small): no journal is ever open.
  { matches: same(openJournals), answer: () => [] },
  { matches: same(readChangeMark), answer: (g) => (g.mark === null ? [] : [{ epoch: 'simulated', value: g.mark, users: g.usersMark }]) },
  { matches: same(() => user.userById('')), answer: (g, q) => [...g.users.values()].filter((u) => u.id === q.params.id).map(userRow) },
  { matches: same(() => user.userByName('')), answer: (g, q) => [...g.users.values()].filter((u) => u.name === q.params.name).map(userRow) },
  { matches: same(() => user.allUsers()), answer: (g) => [...g.users.values()].sort((a, b) => (String(a.name) < String(b.name) ? -1 : 1)).map(userRow) },
  { matches: same(() => user.countUsers()), answer: (g) => [{ count: g.users.size }] },
  {
    matches: ({ cypher }) => cypher.startsWith('CREATE (u:User'),
    answer: (g, { params: p }) => {
      const created = { id: p.id, name: p.name, role: p.role, passwordHash: p.passwordHash, createdAt: p.now, updatedAt: p.now };
      g.users.set(String(p.id), created);
      return [userRow(created)];
    },
  },
  {
    matches: ({ cypher }) => cypher.startsWith('MATCH (u:User {id: $id})') && cypher.includes('SET u.role'),
    answer: (g, { params: p }) => {
      const found = g.users.get(String(p.id));
      if (!found) return [];
      Object.assign(found, { role: p.role, passwordHash: p.passwordHash, updatedAt: p.now });
      return [userRow(found)];
    },
  },
  { matches: same(() => user.deleteUser('')), answer: (g, q) => [{ deleted: g.users.delete(String(q.params.id)) ? 1 : 0 }] },
  {
    matches: same(() => user.endSessions('')),
    answer: (g, q) => {
      const found = g.users.get(String(q.params.id));
      if (found) Object.assign(found, { sessionVersion: Number(found.sessionVersion ?? 0) + 1, endedSessions: [] });
      return [{ ended: found ? 1 : 0 }];
    },
  },
  {
    matches: same(() => user.endSession('', '', '', 0)),
    answer: (g, { params: p }) => {
      const found = g.users.get(String(p.id));
      if (!found) return [{ ended: 0 }];
      const kept = ((found.endedSessions ?? []) as string[]).filter((key) => key >= String(p.cutoff));
      const full = kept.length >= Number(p.max);
      Object.assign(found, { endedSessions: full ? [] : [...kept, p.session], sessionVersion: Number(found.sessionVersion ?? 0) + (full ? 1 : 0) });
      return [{ ended: 1 }];
    },
  },
  { matches: same(() => audit.appendAuditEntries([])), answer: (g, q) => setEntry(g, q.params.rows as Props[], true) },
  { matches: same(() => audit.rewriteAuditEntries([])), answer: (g, q) => setEntry(g, q.params.rows as Props[], false) },
  {
    matches: ({ cypher }) => cypher.startsWith('MATCH (e:AuditEntry)') && cypher.includes('SKIP toInteger($offset)'),
    answer: (g, { params: p }) =>
      g.audit
        .filter((e) => matches(e, p))
        .sort(newestFirst)
        .slice(p.offset as number, (p.offset as number) + (p.limit as number))
        .map((e) => ({ entry: project(e, entryKeys) })),
  },
  {
    matches: ({ cypher }) => cypher.startsWith('MATCH (e:AuditEntry)') && cypher.endsWith('RETURN count(e) AS count'),
    answer: (g, { params: p }) => [{ count: g.audit.filter((e) => matches(e, p)).length }],
  },
  {
    matches: same(() => audit.auditMentioning([])),
    answer: (g, { params: p }) =>
      g.audit
        .filter((e) => (p.needles as string[]).some((n) => ['targetId', 'before', 'after'].some((k) => String(e[k] ?? '').includes(n))))
        .map((e) => ({ entry: project(e, entryKeys) })),
  },
];
