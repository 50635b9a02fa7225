import { relationKindNames } from '@weefsel/graph-schema';
import { surveySchemaStatements } from './cypher/survey.cypher';
import { actorLabel, auditLabel, changeMarkLabel, drawnScopeLabel, graphChangeLabel, importJournalLabel, keptModelLabel, importUndoLabel, relationType, userLabel } from './cypher/cypher-names';

/** The name of the fulltext index that `searchActors` queries. */
export const actorNameIndex = 'actor_name';

/**
 * Constraints and indexes, derived from graph-schema so a new relation kind gets its constraint
 * without anyone editing this file. All are `IF NOT EXISTS` (or `IF EXISTS` for a drop): running
 * them again is a no-op.
 */
export function schemaStatements(): string[] {
  // A uniqueness constraint per relation type (Community edition has them since 5.7). Its range
  // index serves every lookup by id, as the plain index did, and it lets the MERGE of a relation
  // seek it by id instead of expanding every relationship between its two actors: a 50,000-actor
  // import wrote its relations 3-4x faster (docs/neo4j.md, Performance). It also refuses a second
  // relation with the same id, which MERGE alone could not prevent between other endpoints.
  const relationIdConstraints = relationKindNames.flatMap((kind) => {
    const type = relationType(kind);
    const name = `rel_${type.toLowerCase()}_id`;
    return [
      // Databases made before kept a plain index on the same type and property, which blocks the
      // constraint: it is dropped first (a no-op once it is gone).
      `DROP INDEX ${name} IF EXISTS`,
      `CREATE CONSTRAINT ${name}_unique IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
    ];
  });
  return [
    // The uniqueness constraint also gives the range index behind every lookup by id.
    `CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:${actorLabel}) REQUIRE a.id IS UNIQUE`,
    `CREATE INDEX actor_kind IF NOT EXISTS FOR (a:${actorLabel}) ON (a.kind)`,
    // Range index: equality and the ORDER BY of listActors.
    `CREATE INDEX actor_name_folded IF NOT EXISTS FOR (a:${actorLabel}) ON (a.nameFolded)`,
    // Text index: range indexes cannot answer CONTAINS, which the substring part of search uses.
    `CREATE TEXT INDEX actor_name_folded_text IF NOT EXISTS FOR (a:${actorLabel}) ON (a.nameFolded)`,
    // Text index on the name with word starts marked: the word-prefix matches of a search without
    // ranking every substring match (thousands for a common word at 50,000 actors).
    `CREATE TEXT INDEX actor_name_marked_text IF NOT EXISTS FOR (a:${actorLabel}) ON (a.nameMarked)`,
    ...relationIdConstraints,
    `CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:${userLabel}) REQUIRE u.id IS UNIQUE`,
    `CREATE CONSTRAINT user_name IF NOT EXISTS FOR (u:${userLabel}) REQUIRE u.name IS UNIQUE`,
    `CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (e:${auditLabel}) REQUIRE e.id IS UNIQUE`,
    // Range index: the audit log is read newest first.
    `CREATE INDEX audit_at IF NOT EXISTS FOR (e:${auditLabel}) ON (e.at)`,
    `CREATE INDEX audit_target IF NOT EXISTS FOR (e:${auditLabel}) ON (e.targetId)`,
    // Without it, two first writes could MERGE two mark nodes.
    `CREATE CONSTRAINT change_mark_id IF NOT EXISTS FOR (m:${changeMarkLabel}) REQUIRE m.id IS UNIQUE`,
    `CREATE CONSTRAINT graph_change_seq IF NOT EXISTS FOR (c:${graphChangeLabel}) REQUIRE c.seq IS UNIQUE`,
    `CREATE CONSTRAINT kept_model_key IF NOT EXISTS FOR (m:${keptModelLabel}) REQUIRE m.key IS UNIQUE`,
    `CREATE CONSTRAINT import_journal_id IF NOT EXISTS FOR (j:${importJournalLabel}) REQUIRE j.id IS UNIQUE`,
    `CREATE CONSTRAINT drawn_scope_key IF NOT EXISTS FOR (s:${drawnScopeLabel}) REQUIRE s.key IS UNIQUE`,
    `CREATE INDEX import_undo_import IF NOT EXISTS FOR (u:${importUndoLabel}) ON (u.importId)`,
    ...surveySchemaStatements(),
    `CREATE FULLTEXT INDEX ${actorNameIndex} IF NOT EXISTS FOR (a:${actorLabel}) ON EACH [a.name, a.nameFolded] ` +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
  ];
}

/** Indexes populate in the background: wait (up to 300 s) so the first query can use them. */
export const awaitIndexesStatement = 'CALL db.awaitIndexes(300)';
