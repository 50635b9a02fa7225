import { readFile, writeFile } from 'node:fs/promises';
import { ValidationError, type GraphDocument } from '@weefsel/graph-schema';
import type { GraphStore, ImportOptions, ImportSummary, StoredGraph } from '../store/graph-store';
import type { WriteAuthor } from '../store/user-audit-store';
import { invalidJson } from '../interchange-files/json-error-place';

/** The JSON interchange format in and out: used by the importGraph mutation and the CLI. */
export class InterchangeService {
  constructor(private readonly store: GraphStore) {}

  importDocument(doc: unknown, options: ImportOptions = {}, who?: WriteAuthor): Promise<ImportSummary> {
    // The store validates the entries; this only hands it the document as parsed JSON.
    return this.store.importGraph(doc as GraphDocument, options, who);
  }

  async importFile(file: string, options: ImportOptions = {}, who?: WriteAuthor): Promise<ImportSummary> {
    return this.importDocument(await readJsonFile(file), options, who);
  }

  exportDocument(): Promise<StoredGraph> {
    return this.store.exportGraph();
  }

  async exportFile(file: string): Promise<StoredGraph> {
    const doc = await this.exportDocument();
    await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);
    return doc;
  }
}

async function readJsonFile(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    const { reason, params } = invalidJson(text, error);
    throw new ValidationError(`import ${file}`, [{ path: '', message: reason, code: 'invalidJson', params }]);
  }
}
