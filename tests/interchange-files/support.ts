import { defaultSecuritySettings } from '../../api/src/config-security';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphDocument } from '@weefsel/graph-schema';
import { InterchangeFilesService } from '../../api/src/services/interchange-files.service';
import type { GraphStore } from '../../api/src/store/graph-store';
import { openStore } from '../../api/src/store/open-store';

export interface TempStore {
  store: GraphStore;
  files: InterchangeFilesService;
  close(): Promise<void>;
}

/** A fresh embedded store in a temporary folder, optionally loaded with a document. */
export async function tempStore(doc?: GraphDocument): Promise<TempStore> {
  const dir = await mkdtemp(path.join(tmpdir(), 'weefsel-files-'));
  const store = await openStore({ kind: 'sqlite', file: path.join(dir, 'weefsel.sqlite') });
  if (doc) await store.importGraph(doc);
  return {
    store,
    files: new InterchangeFilesService(store, defaultSecuritySettings().limits.importBytes),
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The graph without the store's timestamps, sorted, for comparing two stores. */
export async function graphOf(store: GraphStore) {
  const doc = await store.exportGraph();
  const strip = ({ createdAt: _c, updatedAt: _u, ...rest }: { createdAt: string; updatedAt: string; id: string }) => rest;
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return { actors: doc.actors.map(strip).sort(byId), relations: doc.relations.map(strip).sort(byId) };
}

/** Every stored relation with its status as written (not as read today). */
export async function writtenRelations(store: GraphStore) {
  return store.storedRelations({ relations: (await store.exportGraph()).relations, touching: [] });
}

/** A CSV file as the import receives it. */
export function csvFile(name: string, lines: readonly string[]) {
  return { name, content: Buffer.from(`${lines.join('\n')}\n`, 'utf8') };
}
