import { describe, expect, it } from 'vitest';
import { relationKindNames } from '@weefsel/graph-schema';
import { cypherProblems } from './cypher/cypher-lint';
import { actorNameIndex, awaitIndexesStatement, schemaStatements } from './neo4j-schema';

describe('neo4j schema statements', () => {
  const statements = schemaStatements();

  it('are all idempotent', () => {
    for (const statement of statements) expect(statement).toContain('IF NOT EXISTS');
  });

  it('make actor ids unique and index kind and folded name', () => {
    expect(statements).toContain('CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE');
    expect(statements).toContain('CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)');
    expect(statements).toContain('CREATE INDEX actor_name_folded IF NOT EXISTS FOR (a:Actor) ON (a.nameFolded)');
  });

  it('index the id of every relation type graph-schema defines', () => {
    const relationIndexes = statements.filter((s) => s.includes('FOR ()-[r:'));
    expect(relationIndexes).toHaveLength(relationKindNames.length);
    for (const kind of relationKindNames) {
      expect(relationIndexes).toContain(`CREATE INDEX rel_${kind.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${kind}]-() ON (r.id)`);
    }
  });

  it('create the accent-folding fulltext index that search queries', () => {
    const fulltext = statements.find((s) => s.startsWith('CREATE FULLTEXT INDEX'));
    expect(fulltext).toContain(`INDEX ${actorNameIndex} IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.nameFolded]`);
    expect(fulltext).toContain("`fulltext.analyzer`: 'standard-folding'");
  });

  it('are valid Cypher 5', () => {
    for (const cypher of [...statements, awaitIndexesStatement]) expect(cypherProblems({ cypher, params: {} }), cypher).toEqual([]);
  });
});
