// Test support: checks generated Cypher with Neo4j's own Cypher 5 parser and semantic analysis
// (the language-support package of the Neo4j editors), since no database runs in the test suite.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { nodeKindNames, relationKindNames } from '@weefsel/graph-schema';
import { actorLabel, auditLabel, changeMarkLabel, drawnInType, drawnScopeLabel, graphChangeLabel, importJournalLabel, keptModelLabel, importUndoLabel, userLabel } from './cypher-names';
import type { CypherQuery } from './cypher-query';

/** Every property this store writes, plus the keys of UNWIND rows (`row.source`) the linter also sees. */
const propertyKeys = [
  'id', 'kind', 'name', 'nameFolded', 'nameMarked', 'description', 'formal', 'domains', 'targetGroups', 'contact',
  'since', 'until', 'weight', 'note', 'status', 'createdAt', 'updatedAt', 'source', 'target',
  // Users and audit entries.
  'role', 'passwordHash', 'at', 'userId', 'userName', 'operation', 'targetType', 'targetId', 'before', 'after',
  // The change mark, and the journal and undo batches of a large import.
  'epoch', 'value', 'users', 'state', 'startedAt', 'heartbeat', 'importId', 'seq', 'entries',
  // The graph change log and the kept models.
  'touched', 'mark', 'model', 'lock',
  // Drawing positions.
  'key', 'x', 'y', 'pinned', 'actorId',
];

/**
 * Errors and warnings (deprecations, unknown labels, types, properties or parameters) for a
 * statement, given the parameters it is sent with. An empty list means Neo4j 5 accepts it.
 */
export function cypherProblems(query: CypherQuery): string[] {
  const { diagnostics } = lintCypherQuery(`CYPHER 5 ${query.cypher}`, {
    labels: [actorLabel, userLabel, auditLabel, changeMarkLabel, graphChangeLabel, importJournalLabel, keptModelLabel, importUndoLabel, drawnScopeLabel, ...nodeKindNames],
    relationshipTypes: [...relationKindNames, drawnInType],
    propertyKeys,
    parameters: query.params,
  });
  return diagnostics.map((d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);
}
