// Child process of import-crash.test.ts: imports a large generated network into a SQLite file
// and says on stdout when the import starts and ends. The test kills it in between.
import { generateGraph } from '@weefsel/seeds';
import { openSqliteStore } from '../../api/src/store/sqlite/sqlite-store';

const [file, actors, relations] = process.argv.slice(2);
if (!file || !actors || !relations) {
  console.error('usage: import-child.ts FILE ACTORS RELATIONS');
  process.exit(2);
}
const doc = generateGraph({ seed: 11, actors: Number(actors), relations: Number(relations) });
const store = openSqliteStore(file);
await store.init();
console.log('importing');
await store.importGraph(doc, {}, { userId: null, userName: 'crash-test' });
console.log('imported');
await store.close();
