import type { NewUser } from '../../user-audit-store';
import { userLabel } from './cypher-names';
import { lines, type CypherQuery } from './cypher-query';

const userMap = (node: string) => `${node} {.id, .name, .role, .passwordHash, .sessionVersion, .endedSessions, .createdAt, .updatedAt}`;

export function userById(id: string): CypherQuery {
  return { cypher: lines(`MATCH (u:${userLabel} {id: $id})`, `RETURN ${userMap('u')} AS user`), params: { id } };
}

export function userByName(name: string): CypherQuery {
  return { cypher: lines(`MATCH (u:${userLabel} {name: $name})`, `RETURN ${userMap('u')} AS user`), params: { name } };
}

export function allUsers(): CypherQuery {
  return { cypher: lines(`MATCH (u:${userLabel})`, `RETURN ${userMap('u')} AS user`, `ORDER BY u.name`), params: {} };
}

export function countUsers(): CypherQuery {
  return { cypher: `MATCH (u:${userLabel}) RETURN count(u) AS count`, params: {} };
}

export function createUser(user: NewUser, now: string): CypherQuery {
  return {
    cypher: lines(
      `CREATE (u:${userLabel} {id: $id, name: $name, role: $role, passwordHash: $passwordHash, createdAt: $now, updatedAt: $now})`,
      `RETURN ${userMap('u')} AS user`,
    ),
    params: { id: user.id, name: user.name, role: user.role, passwordHash: user.passwordHash, now },
  };
}

export function updateUser(id: string, role: string, passwordHash: string, now: string): CypherQuery {
  return {
    cypher: lines(
      `MATCH (u:${userLabel} {id: $id})`,
      `SET u.role = $role, u.passwordHash = $passwordHash, u.updatedAt = $now`,
      `RETURN ${userMap('u')} AS user`,
    ),
    params: { id, role, passwordHash, now },
  };
}

/** Users from before session versions have none: coalesce counts them as 0. */
export function endSessions(id: string): CypherQuery {
  return {
    cypher: lines(`MATCH (u:${userLabel} {id: $id})`, `SET u.sessionVersion = coalesce(u.sessionVersion, 0) + 1, u.endedSessions = []`, `RETURN count(u) AS ended`),
    params: { id },
  };
}

/** One statement, so two logouts at once both count: keys before `cutoff` are dropped, a full list ends all sessions. */
export function endSession(id: string, session: string, cutoff: string, max: number): CypherQuery {
  return {
    cypher: lines(
      `MATCH (u:${userLabel} {id: $id})`,
      `WITH u, [key IN coalesce(u.endedSessions, []) WHERE key >= $cutoff] AS kept`,
      `WITH u, kept, size(kept) >= $max AS full`,
      `SET u.endedSessions = CASE WHEN full THEN [] ELSE kept + $session END,`,
      `    u.sessionVersion = coalesce(u.sessionVersion, 0) + CASE WHEN full THEN 1 ELSE 0 END`,
      `RETURN count(u) AS ended`,
    ),
    params: { id, session, cutoff, max },
  };
}

export function deleteUser(id: string): CypherQuery {
  return { cypher: lines(`MATCH (u:${userLabel} {id: $id})`, `DELETE u`, `RETURN count(*) AS deleted`), params: { id } };
}
