import { readFile, writeFile } from 'node:fs/promises';
import { ValidationError, validateGraphDocument } from '@weefsel/graph-schema';
import type { GraphStore, ImportOptions, ImportSummary, StoredGraph } from '../store/graph-store';
import type { WriteAuthor } from '../store/user-audit-store';
import { invalidJson } from '../interchange-files/json-error-place';
import { withStoredReadings } from '../interchange-files/read-statuses';
import { importBasis } from './import-basis';
import { brusselsClock, type Today } from '../store/shared/status-on-read';

/** The JSON interchange format in and out: used by the importGraph mutation and the CLI. */
export class InterchangeService {
  constructor(
    private readonly store: GraphStore,
    /** The day statuses are read on (see `withStoredReadings`). */
    private readonly today: Today = brusselsClock,
  ) {}

  /**
   * The importGraph mutation: written as the file import's dry run counts it, a status that only
   * repeats what the dates say read as the stored one (`withStoredReadings`). A document that
   * replaces everything is written as given: nothing stored is left to compare with.
   */
  async importDocument(doc: unknown, options: ImportOptions = {}, who?: WriteAuthor): Promise<ImportSummary> {
    const valid = validateGraphDocument(doc);
    if (options.replace || valid.relations.length === 0) return this.store.importGraph(valid, options, who);
    return this.store.importGraph(withStoredReadings(valid, await importBasis(this.store, valid, this.today())), options, who);
  }

  /** The CLI's import of a JSON file: as the mutation imports it. */
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
