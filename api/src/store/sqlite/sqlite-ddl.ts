import {
  defaultRelationStatus,
  lifeDomainNames,
  nodeKindNames,
  relationKindNames,
  relationStatusNames,
  roleNames,
  targetGroupNames,
} from '@weefsel/graph-schema';
import { auditOperations } from '../user-audit-store';
import { surveyTableDdl, surveyIndexDdl, surveyTables } from './sqlite-survey-ddl';

/** The value lists graph-schema defines and the tables check; a change to any of them migrates. */
export interface SchemaLists {
  nodeKinds: readonly string[];
  relationKinds: readonly string[];
  relationStatuses: readonly string[];
  domains: readonly string[];
  targetGroups: readonly string[];
  roles: readonly string[];
}

export const currentLists: SchemaLists = {
  nodeKinds: nodeKindNames,
  relationKinds: relationKindNames,
  relationStatuses: relationStatusNames,
  domains: lifeDomainNames,
  targetGroups: targetGroupNames,
  roles: roleNames,
};

/**
 * Tables holding the data, in the order a rebuild refills them (actors before the relations that
 * reference them); everything else (junction rows, search index) is derived by triggers.
 */
export const dataTables = ['actors', 'relations', 'users', 'audit_log', 'positions', ...surveyTables] as const;

/** Every object the DDL creates, in an order that can be dropped (dependents first). */
export const schemaObjects = {
  triggers: ['actors_after_insert', 'actors_after_delete', 'actors_name_update', 'actors_domains_update', 'actors_groups_update'],
  tables: [...surveyTables, 'positions', 'graph_changes', 'kept_models', 'audit_log', 'users', 'actor_search', 'actor_target_groups', 'actor_domains', 'relations', 'actors'],
} as const;

/** A SQL string literal; the values come from graph-schema, never from users. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function sqlList(values: readonly string[]): string {
  return `(${values.map(sqlString).join(', ')})`;
}

function tables(lists: SchemaLists): string[] {
  return [
    `CREATE TABLE actors (
      id TEXT PRIMARY KEY NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ${sqlList(lists.nodeKinds)}),
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      description TEXT,
      formal INTEGER NOT NULL CHECK (formal IN (0, 1)),
      domains TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(domains)),
      target_groups TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(target_groups)),
      contact TEXT CHECK (contact IS NULL OR json_valid(contact)),
      since TEXT,
      until TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE TABLE relations (
      id TEXT PRIMARY KEY NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ${sqlList(lists.relationKinds)}),
      source TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      target TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      since TEXT,
      until TEXT,
      weight REAL,
      note TEXT,
      status TEXT NOT NULL DEFAULT '${defaultRelationStatus}' CHECK (status IN ${sqlList(lists.relationStatuses)}),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE TABLE actor_domains (
      actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      domain TEXT NOT NULL CHECK (domain IN ${sqlList(lists.domains)}),
      PRIMARY KEY (actor_id, domain)
    ) WITHOUT ROWID`,
    `CREATE TABLE actor_target_groups (
      actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      target_group TEXT NOT NULL CHECK (target_group IN ${sqlList(lists.targetGroups)}),
      PRIMARY KEY (actor_id, target_group)
    ) WITHOUT ROWID`,
    `CREATE TABLE users (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL UNIQUE,
      role TEXT NOT NULL CHECK (role IN ${sqlList(lists.roles)}),
      password_hash TEXT NOT NULL,
      session_version INTEGER NOT NULL DEFAULT 0,
      ended_sessions TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    // No foreign keys: entries outlive the actors, relations and users they describe.
    `CREATE TABLE audit_log (
      id TEXT PRIMARY KEY NOT NULL,
      at TEXT NOT NULL,
      user_id TEXT,
      user_name TEXT NOT NULL,
      operation TEXT NOT NULL CHECK (operation IN ${sqlList(auditOperations)}),
      target_type TEXT NOT NULL,
      target_id TEXT,
      before TEXT CHECK (before IS NULL OR json_valid(before)),
      after TEXT CHECK (after IS NULL OR json_valid(after))
    )`,
    // What each graph write touched (see graph-changes.ts), so a reader holding the region can
    // patch it; not kept through a rebuild, which readers see as a write that touched everything.
    `CREATE TABLE graph_changes (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      touched TEXT NOT NULL CHECK (json_valid(touched))
    )`,
    // Models learned from the graph, kept for every instance (see model-store.ts); refitted after a rebuild.
    `CREATE TABLE kept_models (
      key TEXT PRIMARY KEY NOT NULL,
      mark TEXT NOT NULL,
      model TEXT NOT NULL
    )`,
    // Drawing positions per scope (an area id or 'region'); not graph data, so no audit entries.
    `CREATE TABLE positions (
      scope_key TEXT NOT NULL,
      actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      x REAL NOT NULL,
      y REAL NOT NULL,
      pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)),
      PRIMARY KEY (scope_key, actor_id)
    )`,
    ...surveyTableDdl,
    // Trigrams give substring search; names are stored folded, so accents never reach the index.
    `CREATE VIRTUAL TABLE actor_search USING fts5(
      name_folded, content='actors', content_rowid='rowid', tokenize='trigram remove_diacritics 1'
    )`,
  ];
}

function indexes(): string[] {
  return [
    'CREATE INDEX actors_name ON actors(name_folded, id)',
    'CREATE INDEX actors_kind ON actors(kind)',
    'CREATE INDEX relations_source ON relations(source)',
    'CREATE INDEX relations_target_kind ON relations(target, kind)',
    'CREATE INDEX actor_domains_domain ON actor_domains(domain)',
    'CREATE INDEX actor_target_groups_group ON actor_target_groups(target_group)',
    'CREATE INDEX audit_log_at ON audit_log(at, id)',
    'CREATE INDEX audit_log_target ON audit_log(target_id)',
    'CREATE INDEX audit_log_user ON audit_log(user_id)',
    'CREATE INDEX positions_actor ON positions(actor_id)',
    ...surveyIndexDdl,
  ];
}

/** Keeps the junction tables and the search index in step with the actors table. */
function triggers(): string[] {
  const insertLists = `
      INSERT INTO actor_domains (actor_id, domain) SELECT new.id, value FROM json_each(new.domains);
      INSERT INTO actor_target_groups (actor_id, target_group) SELECT new.id, value FROM json_each(new.target_groups);`;
  return [
    `CREATE TRIGGER actors_after_insert AFTER INSERT ON actors BEGIN
      INSERT INTO actor_search (rowid, name_folded) VALUES (new.rowid, new.name_folded);${insertLists}
    END`,
    `CREATE TRIGGER actors_after_delete AFTER DELETE ON actors BEGIN
      INSERT INTO actor_search (actor_search, rowid, name_folded) VALUES ('delete', old.rowid, old.name_folded);
    END`,
    `CREATE TRIGGER actors_name_update AFTER UPDATE OF name_folded ON actors
    WHEN old.name_folded IS NOT new.name_folded BEGIN
      INSERT INTO actor_search (actor_search, rowid, name_folded) VALUES ('delete', old.rowid, old.name_folded);
      INSERT INTO actor_search (rowid, name_folded) VALUES (new.rowid, new.name_folded);
    END`,
    `CREATE TRIGGER actors_domains_update AFTER UPDATE OF domains ON actors
    WHEN old.domains IS NOT new.domains BEGIN
      DELETE FROM actor_domains WHERE actor_id = old.id;
      INSERT INTO actor_domains (actor_id, domain) SELECT new.id, value FROM json_each(new.domains);
    END`,
    `CREATE TRIGGER actors_groups_update AFTER UPDATE OF target_groups ON actors
    WHEN old.target_groups IS NOT new.target_groups BEGIN
      DELETE FROM actor_target_groups WHERE actor_id = old.id;
      INSERT INTO actor_target_groups (actor_id, target_group) SELECT new.id, value FROM json_each(new.target_groups);
    END`,
  ];
}

/** The statements that create the whole schema for these value lists. */
export function buildDdl(lists: SchemaLists = currentLists): string[] {
  return [...tables(lists), ...indexes(), ...triggers()];
}

/**
 * A positive 31-bit FNV-1a hash of the DDL, stored in `PRAGMA user_version`: any change of the
 * schema text (a new kind, a new column) differs from what an older database recorded.
 */
export function ddlFingerprint(statements: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const char of statements.join(';\n')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash & 0x7fffffff) || 1;
}
