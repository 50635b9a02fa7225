// Child process of neo4j-import-crash.test.ts: imports a large generated network into Neo4j in
// small staged batches and says on stdout when the import starts and ends. The test kills it in between.
import { generateGraph } from '@weefsel/seeds';
import { openNeo4jStore } from '../../api/src/store/neo4j/neo4j-store';

const [uri, password, actors, relations] = process.argv.slice(2);
if (!uri || !password || !actors || !relations) {
  console.error('usage: neo4j-import-child.ts URI PASSWORD ACTORS RELATIONS');
  process.exit(2);
}
const doc = generateGraph({ seed: 11, actors: Number(actors), relations: Number(relations) });
const store = openNeo4jStore({ uri, user: 'neo4j', password, database: 'neo4j' }, { above: 1000, batch: 500, staleAfterMs: 60_000 });
await store.init();
console.log('importing');
await store.importGraph(doc, {}, { userId: null, userName: 'crash-test' });
console.log('imported');
await store.close();
