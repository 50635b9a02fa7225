import { readFile, writeFile } from 'node:fs/promises';
import { ValidationError, validateGraphDocument, type GraphDocument } from '@weefsel/graph-schema';
import type { GraphStore, ImportOptions, ImportSummary, StoredGraph } from '../store/graph-store';
import type { WriteAuthor } from '../store/user-audit-store';
import { invalidJson } from '../interchange-files/json-error-place';
import { withStoredReadings } from '../interchange-files/read-statuses';
import { brusselsClock, type Today } from '../store/shared/status-on-read';

/** The JSON interchange format in and out: used by the importGraph mutation and the CLI. */
export class InterchangeService {
  constructor(
    private readonly store: GraphStore,
    /** The day statuses are read on (see `withStoredReadings`). */
    private readonly today: Today = brusselsClock,
  ) {}

  /** The importGraph mutation: the document as given, straight to the store, which validates it. */
  importDocument(doc: unknown, options: ImportOptions = {}, who?: WriteAuthor): Promise<ImportSummary> {
    return this.store.importGraph(doc as GraphDocument, options, who);
  }

  /**
   * The CLI's import of a JSON file, written as its dry run (the file import's plan) counts it: a
   * status that only repeats what the dates say is read as the stored one (`withStoredReadings`).
   * That needs the whole store read, which a separate process can afford and a server request on
   * SQLite's one thread cannot (2-3 s at 50,000 actors): the mutation writes statuses as given.
   */
  async importFile(file: string, options: ImportOptions = {}, who?: WriteAuthor): Promise<ImportSummary> {
    const valid = validateGraphDocument(await readJsonFile(file));
    if (options.replace || valid.relations.length === 0) return this.store.importGraph(valid, options, who);
    const current = { ...(await this.store.exportGraph({ storedStatuses: true })), today: this.today() };
    return this.store.importGraph(withStoredReadings(valid, current), options, who);
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
