import { describe, expect, it } from 'vitest';
import { relationKindNames } from '@weefsel/graph-schema';
import { cypherProblems } from './cypher/cypher-lint';
import { actorNameIndex, awaitIndexesStatement, schemaStatements } from './neo4j-schema';

describe('neo4j schema statements', () => {
  const statements = schemaStatements();

  it('are all idempotent', () => {
    for (const statement of statements) expect(statement).toMatch(statement.startsWith('DROP ') ? / IF EXISTS$/ : / IF NOT EXISTS /);
  });

  it('make actor ids unique and index kind and folded name', () => {
    expect(statements).toContain('CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE');
    expect(statements).toContain('CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)');
    expect(statements).toContain('CREATE INDEX actor_name_folded IF NOT EXISTS FOR (a:Actor) ON (a.nameFolded)');
  });

  it('make the id of every relation type graph-schema defines unique, replacing the plain index of older databases', () => {
    const relationConstraints = statements.filter((s) => s.includes('FOR ()-[r:'));
    expect(relationConstraints).toHaveLength(relationKindNames.length);
    for (const kind of relationKindNames) {
      const name = `rel_${kind.toLowerCase()}_id`;
      const create = `CREATE CONSTRAINT ${name}_unique IF NOT EXISTS FOR ()-[r:${kind}]-() REQUIRE r.id IS UNIQUE`;
      expect(relationConstraints).toContain(create);
      // The old index is dropped before: a constraint cannot be made while an index covers the same property.
      expect(statements.indexOf(`DROP INDEX ${name} IF EXISTS`)).toBeGreaterThan(-1);
      expect(statements.indexOf(`DROP INDEX ${name} IF EXISTS`)).toBeLessThan(statements.indexOf(create));
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
