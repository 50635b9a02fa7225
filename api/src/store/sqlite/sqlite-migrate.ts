import type { Database } from 'better-sqlite3';
import { buildDdl, currentLists, dataTables, ddlFingerprint, schemaObjects, type SchemaLists } from './sqlite-ddl';

export type SchemaOutcome = 'current' | 'created' | 'migrated';

function tableExists(db: Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function columnsOf(db: Database, schema: 'main' | 'temp', table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema) as { name: string }[]).map((c) => c.name);
}

/** Values stored in the old database that the new value lists no longer allow, as readable text. */
function unknownValues(db: Database, lists: SchemaLists): string[] {
  const columns = columnsOf(db, 'main', 'actors');
  const checks: [string, string, readonly string[]][] = [
    ['actors.kind', 'SELECT DISTINCT kind AS v FROM actors', lists.nodeKinds],
    ['relations.kind', 'SELECT DISTINCT kind AS v FROM relations', lists.relationKinds],
  ];
  if (columns.includes('domains')) checks.push(['actors.domains', 'SELECT DISTINCT j.value AS v FROM actors, json_each(actors.domains) j', lists.domains]);
  if (columns.includes('target_groups')) {
    checks.push(['actors.target_groups', 'SELECT DISTINCT j.value AS v FROM actors, json_each(actors.target_groups) j', lists.targetGroups]);
  }
  if (tableExists(db, 'users')) checks.push(['users.role', 'SELECT DISTINCT role AS v FROM users', lists.roles]);
  return checks.flatMap(([where, sql, allowed]) => {
    const stale = (db.prepare(sql).all() as { v: string }[]).map((r) => r.v).filter((v) => !allowed.includes(v));
    return stale.length > 0 ? [`${where}: ${stale.join(', ')}`] : [];
  });
}

function rebuild(db: Database, ddl: string[], lists: SchemaLists): void {
  const stale = unknownValues(db, lists);
  if (stale.length > 0) {
    throw new Error(
      `Opening the SQLite store: the database holds values graph-schema no longer defines (${stale.join('; ')}); ` +
        'export the data with the previous version, convert or remove those records, and import them again',
    );
  }
  // A database from before a table existed has nothing to keep for it.
  const kept = dataTables.filter((table) => tableExists(db, table));
  for (const table of kept) db.exec(`CREATE TEMP TABLE migrate_${table} AS SELECT * FROM main.${table}`);
  for (const table of schemaObjects.tables) db.exec(`DROP TABLE IF EXISTS main.${table}`);
  for (const statement of ddl) db.exec(statement);
  // Actors first, so the relations' foreign keys hold; the triggers refill junctions and search.
  for (const table of kept) {
    const columns = columnsOf(db, 'main', table).filter((c) => columnsOf(db, 'temp', `migrate_${table}`).includes(c));
    const list = columns.join(', ');
    db.exec(`INSERT INTO main.${table} (${list}) SELECT ${list} FROM temp.migrate_${table}`);
    db.exec(`DROP TABLE temp.migrate_${table}`);
  }
}

/**
 * Brings the database to the schema derived from graph-schema. `PRAGMA user_version` records the
 * fingerprint of the DDL it was built with; when the value lists (kinds, domains, target groups)
 * change, the CHECK constraints change, and SQLite cannot alter a CHECK in place: the tables are
 * rebuilt and refilled in one transaction, so a failed migration leaves the old database intact.
 */
export function applySchema(db: Database, lists: SchemaLists = currentLists): SchemaOutcome {
  const ddl = buildDdl(lists);
  const version = ddlFingerprint(ddl);
  if (db.pragma('user_version', { simple: true }) === version) return 'current';
  const hasData = tableExists(db, 'actors');
  db.transaction(() => {
    if (hasData) rebuild(db, ddl, lists);
    else for (const statement of ddl) db.exec(statement);
    db.pragma(`user_version = ${version}`);
  }).immediate();
  return hasData ? 'migrated' : 'created';
}
