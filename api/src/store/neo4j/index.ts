/**
 * The GraphStore on Neo4j 5. Data model, all names taken from graph-schema:
 * - every actor is a node `:Actor:<Kind>` with id, kind, name, nameFolded (for sorting and search),
 *   nameMarked (the folded name with its word starts marked, for search), description, formal, domains, targetGroups, contact (JSON text), since, until (YYYY-MM-DD), createdAt, updatedAt;
 * - every relation is a relationship of type `<KIND>` from source to target with id, kind, since,
 *   until, weight, note, createdAt, updatedAt.
 * Cypher is built in `cypher/` (pure, `{ cypher, params }`), run by the flows in `neo4j-*-flow.ts`.
 */
export { openNeo4jStore, Neo4jGraphStore, type Neo4jStoreConfig } from './neo4j-store';
