import { afterEach, beforeEach, describe } from 'vitest';
import type { GraphStore } from '../graph-store';
import { defineAuditContract } from './audit.contract';
import { defineChangeMarkContract } from './change-mark.contract';
import type { ContractContext, ContractVariant } from './contract-helpers';
import { defineImportContract } from './import.contract';
import { defineLifespanContract } from './lifespan.contract';
import { defineModelsContract } from './models.contract';
import { definePositionsContract } from './positions.contract';
import { defineRegionChangesContract } from './region-changes.contract';
import { defineReadContract } from './read.contract';
import { defineScopeContract } from './scope.contract';
import { defineMembershipOnDayContract, defineStatusContract } from './status.contract';
import { defineSurveysContract } from './surveys.contract';
import { defineTextContract } from './text.contract';
import { defineUsersContract } from './users.contract';
import { defineWriteContract } from './write.contract';

/**
 * The one test suite every `GraphStore` adapter runs, with a factory for fresh stores, e.g.
 * `defineGraphStoreContract('sqlite', async () => { const s = openSqliteStore(':memory:'); await s.init(); return s; })`.
 *
 * `createStore` must return an initialised and EMPTY store each time it is called (a Neo4j factory
 * wipes its database). The suite closes every store it asks for.
 *
 * Decisions this suite pins down beyond the interface comments:
 * - An empty list in `ActorFilter` (`kinds: []`) filters nothing, as if it were absent.
 * - `listActors({ areaId })` includes the area itself and, like `subgraph` without `asOf`, counts
 *   every recorded placement relation; an unknown area or a non-area is a ValidationError at
 *   `filter.areaId`.
 * - Search is only tested on whole words and word prefixes, so that a fulltext (Lucene) adapter can
 *   pass; substring hits inside a word are allowed but must rank after word-prefix hits.
 * - `importGraph(doc, { replace: true })` empties the store first, so every entry counts as created.
 * - Rejections name the entry: `actors[3].kind`, `relations[5].target`; a single write names the
 *   field (`kind`, `target`). A rejected kind change names the relation it would break.
 * - Audit entries are ordered newest first by `at`, then id; a write that changes nothing, or fails,
 *   appends no entry; an import appends one entry (counts and changed ids), not one per record.
 */
export function defineGraphStoreContract(name: string, createStore: () => Promise<GraphStore>, variant: ContractVariant = {}): void {
  describe(`GraphStore contract: ${name}`, () => {
    let current: GraphStore | undefined;

    beforeEach(async () => {
      current = await createStore();
    });

    afterEach(async () => {
      await current?.close();
      current = undefined;
    });

    const ctx: ContractContext = {
      store() {
        if (!current) throw new Error('GraphStore contract: no store; the factory did not run or failed');
        return current;
      },
      createStore,
      variant,
    };

    defineReadContract(ctx);
    defineWriteContract(ctx);
    defineTextContract(ctx);
    defineImportContract(ctx);
    defineScopeContract(ctx);
    defineStatusContract(ctx);
    defineMembershipOnDayContract(ctx);
    defineUsersContract(ctx);
    defineAuditContract(ctx);
    defineChangeMarkContract(ctx);
    defineRegionChangesContract(ctx);
    defineLifespanContract(ctx);
    defineModelsContract(ctx);
    definePositionsContract(ctx);
    defineSurveysContract(ctx);
  });
}
