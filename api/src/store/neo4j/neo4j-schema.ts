import { relationKindNames } from '@weefsel/graph-schema';
import { actorLabel, auditLabel, changeMarkLabel, importJournalLabel, importUndoLabel, relationType, userLabel } from './cypher/cypher-names';

/** The name of the fulltext index that `searchActors` queries. */
export const actorNameIndex = 'actor_name';

/**
 * Constraints and indexes, derived from graph-schema so a new relation kind gets its index
 * without anyone editing this file. All are `IF NOT EXISTS`: running them again is a no-op.
 */
export function schemaStatements(): string[] {
  const relationIdIndexes = relationKindNames.map((kind) => {
    const type = relationType(kind);
    return `CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`;
  });
  return [
    // The uniqueness constraint also gives the range index behind every lookup by id.
    `CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:${actorLabel}) REQUIRE a.id IS UNIQUE`,
    `CREATE INDEX actor_kind IF NOT EXISTS FOR (a:${actorLabel}) ON (a.kind)`,
    // Range index: equality and the ORDER BY of listActors.
    `CREATE INDEX actor_name_folded IF NOT EXISTS FOR (a:${actorLabel}) ON (a.nameFolded)`,
    // Text index: range indexes cannot answer CONTAINS, which the substring part of search uses.
    `CREATE TEXT INDEX actor_name_folded_text IF NOT EXISTS FOR (a:${actorLabel}) ON (a.nameFolded)`,
    ...relationIdIndexes,
    `CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:${userLabel}) REQUIRE u.id IS UNIQUE`,
    `CREATE CONSTRAINT user_name IF NOT EXISTS FOR (u:${userLabel}) REQUIRE u.name IS UNIQUE`,
    `CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (e:${auditLabel}) REQUIRE e.id IS UNIQUE`,
    // Range index: the audit log is read newest first.
    `CREATE INDEX audit_at IF NOT EXISTS FOR (e:${auditLabel}) ON (e.at)`,
    `CREATE INDEX audit_target IF NOT EXISTS FOR (e:${auditLabel}) ON (e.targetId)`,
    // Without it, two first writes could MERGE two mark nodes.
    `CREATE CONSTRAINT change_mark_id IF NOT EXISTS FOR (m:${changeMarkLabel}) REQUIRE m.id IS UNIQUE`,
    `CREATE CONSTRAINT import_journal_id IF NOT EXISTS FOR (j:${importJournalLabel}) REQUIRE j.id IS UNIQUE`,
    `CREATE INDEX import_undo_import IF NOT EXISTS FOR (u:${importUndoLabel}) ON (u.importId)`,
    `CREATE FULLTEXT INDEX ${actorNameIndex} IF NOT EXISTS FOR (a:${actorLabel}) ON EACH [a.name, a.nameFolded] ` +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
  ];
}

/** Indexes populate in the background: wait (up to 300 s) so the first query can use them. */
export const awaitIndexesStatement = 'CALL db.awaitIndexes(300)';
