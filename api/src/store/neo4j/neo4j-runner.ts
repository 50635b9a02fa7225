import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherQuery } from './cypher/cypher-query';

export type Row = Record<string, unknown>;

/**
 * Runs one built statement inside the current transaction and returns its rows as plain objects.
 * The flows depend on this, not on the driver, so they can be exercised without a database.
 */
export interface CypherRunner {
  run(query: CypherQuery): Promise<Row[]>;
}

/** Reads every record inside the transaction: results must be consumed before it commits. */
export function transactionRunner(tx: ManagedTransaction): CypherRunner {
  return {
    async run({ cypher, params }) {
      const result = await tx.run(cypher, params);
      return result.records.map((record) => record.toObject() as Row);
    },
  };
}
