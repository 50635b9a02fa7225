// Test support: a TransactionSource over an in-memory graph that answers each statement the
// builders produce, so the store's flows (validation order, planning, counts, rollback) run
// end to end without a server. It checks the JS around the Cypher, not Cypher itself: that is
// what the linted builder tests and the NEO4J_URI contract run are for.
import type { CypherQuery } from '../cypher/cypher-query';
import type { Row } from '../neo4j-runner';
import type { TransactionSource } from '../neo4j-transactions';
import { actorHandlers } from './simulated-actor-statements';
import { SimulatedGraph } from './simulated-graph';
import { modelHandlers } from './simulated-model-statements';
import { personIdHandlers } from './simulated-person-id-statements';
import { positionHandlers } from './simulated-position-statements';
import { relationHandlers, scopeHandlers } from './simulated-relation-statements';
import { surveyHandlers } from './simulated-survey-statements';
import { userHandlers } from './simulated-user-statements';

/** Recognises one statement shape and answers it from the graph (and may change the graph). */
export interface StatementHandler {
  matches(query: CypherQuery): boolean;
  answer(graph: SimulatedGraph, query: CypherQuery): Row[];
}

const ignored: StatementHandler = {
  matches: ({ cypher }) => /^(CREATE (CONSTRAINT|INDEX|TEXT INDEX|FULLTEXT INDEX)|DROP INDEX|CALL db\.awaitIndexes|RETURN 1 AS ok)/.test(cypher),
  answer: () => [],
};

const handlers: StatementHandler[] = [ignored, ...actorHandlers, ...relationHandlers, ...scopeHandlers, ...userHandlers, ...personIdHandlers, ...positionHandlers, ...modelHandlers, ...surveyHandlers];

function answer(graph: SimulatedGraph, query: CypherQuery): Row[] {
  const handler = handlers.find((h) => h.matches(query));
  if (!handler) throw new Error(`simulated Neo4j: no simulation for this statement; add one:\n${query.cypher}`);
  return handler.answer(graph, query);
}

/** Read and write transactions over one shared simulated graph; a throwing write rolls back. */
export function simulatedTransactions(): TransactionSource {
  let graph = new SimulatedGraph();
  return {
    read: (work) => work({ run: async (query) => answer(graph, query) }),
    readEach: (work) => work({ run: async (query) => answer(graph, query) }),
    async write(work) {
      const draft = graph.clone();
      const result = await work({ run: async (query) => answer(draft, query) });
      graph = draft;
      return result;
    },
    verify: async () => undefined,
    close: async () => undefined,
  };
}
