import { ValidationError, type Language } from '@weefsel/graph-schema';
import {
  graphTables,
  planJson,
  planTables,
  settleTables,
  readImportTables,
  readJsonDocument,
  writeCsv,
  writeGexf,
  writeGraphml,
  writeXlsx,
  type ColumnChoice,
  type GraphForExport,
  type ImportPlan,
  type InputFile,
  type SheetRoles,
} from '../interchange-files';
import { IsolatedTableReader } from '../interchange-files/isolated/isolated-reader';
import { importBasis, namedActorIds } from './import-basis';
import type { GraphStore, ImportSummary } from '../store/graph-store';
import { brusselsClock, type Today } from '../store/shared/status-on-read';
import type { WriteAuthor } from '../store/user-audit-store';

export const exportFormats = ['xlsx', 'csv', 'graphml', 'gexf', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportedFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

export interface ImportFilesOptions {
  choices?: readonly ColumnChoice[] | undefined;
  dryRun: boolean;
  /** Sheets whose role is given rather than guessed (CLI --sheet-actors / --sheet-relations). */
  sheetRoles?: SheetRoles | undefined;
}

/** The plan, and what the store did when it was applied (null for a dry run or a plan with problems). */
export interface ImportFilesResult {
  plan: ImportPlan;
  summary: ImportSummary | null;
}

const mediaTypes: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  json: 'application/json',
};

/**
 * The one export writer: a graph as the files of one format, named `<baseName>.<ext>`. Every
 * network export (the network, an area, a survey round) goes through it, so formula guard and
 * localised headers are the same everywhere.
 */
export async function exportFiles(graph: GraphForExport, format: ExportFormat, baseName: string, language: Language = 'nl'): Promise<ExportedFile[]> {
  const file = (suffix: string, content: Buffer, type: ExportFormat = format) => ({ fileName: `${baseName}${suffix}`, mediaType: mediaTypes[type], content });
  switch (format) {
    case 'xlsx': {
      const tables = graphTables(graph, language);
      return [file('.xlsx', await writeXlsx([tables.actors, tables.relations]))];
    }
    case 'csv': {
      const tables = graphTables(graph, language);
      return [file('.actors.csv', writeCsv(tables.actors)), file('.relations.csv', writeCsv(tables.relations))];
    }
    case 'graphml':
      return [file('.graphml', Buffer.from(writeGraphml(graph), 'utf8'))];
    case 'gexf':
      return [file('.gexf', Buffer.from(writeGexf(graph), 'utf8'))];
    case 'json':
      return [file('.json', Buffer.from(`${JSON.stringify(graph, null, 2)}\n`, 'utf8'))];
  }
}

/** One reader for the process, so its limit on parallel reads holds across requests. */
const sharedReader = new IsolatedTableReader();

/** Spreadsheets (XLSX, CSV) and the JSON document in; XLSX, CSV, GraphML, GEXF and JSON out. */
export class InterchangeFilesService {
  constructor(
    private readonly store: GraphStore,
    /**
     * The largest upload (decoded; the configuration's `limits.importBytes`, 14 MB by default): a
     * 100,000-relation workbook is about 5 MB; larger files go through the CLI.
     */
    readonly maxImportBytes: number,
    /** The day a preview reads the store on: what its statuses are read as (see `keepStoredReadings`). */
    private readonly today: Today = brusselsClock,
    /** Reads spreadsheets off the request thread (a worker with its own memory and time limits). */
    private readonly reader: Pick<IsolatedTableReader, 'read'> = sharedReader,
  ) {}

  /** The dry run: what the files would create, update or leave unchanged, and every problem. */
  async plan(files: readonly InputFile[], choices: readonly ColumnChoice[] = [], sheetRoles: SheetRoles = {}): Promise<ImportPlan> {
    if (files.length === 0) throw new ValidationError('import', [{ path: 'files', message: 'give at least one file', code: 'noFiles' }]);
    const tooBig = files.find((f) => f.content.length > this.maxImportBytes);
    if (tooBig) {
      const max = this.maxImportBytes / 1024 / 1024;
      const issue = { path: tooBig.name, message: `is larger than ${max} MB; split it or use the CLI`, code: 'fileTooLarge' as const, params: { file: tooBig.name, max } };
      throw new ValidationError('import', [issue]);
    }
    const json = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
    if (json.length > 0) {
      if (files.length > 1) throw new ValidationError('import', [{ path: 'files', message: 'a .json document is imported on its own, without other files', code: 'jsonAlone' }]);
      const [file] = json as [InputFile];
      const reading = readJsonDocument(file.name, file.content.toString('utf8'));
      return reading.plan ?? planJson(reading, await importBasis(this.store, reading.document, this.today()));
    }
    // Read before the store: a file that is refused costs no read of it.
    const tables = await this.reader.read(files);
    // Names in the sheets are resolved against every stored actor's id, kind and name; the rest of
    // an actor, and the relations, are read only for those the rows name.
    const reading = readImportTables(tables, choices, await this.store.actorDirectory(), sheetRoles);
    if (reading.plan) return reading.plan;
    const records = { actors: reading.actors.pending.map((entry) => entry.actor), relations: reading.relations };
    const named = await this.store.getActors(namedActorIds(records));
    const settled = settleTables(reading, named);
    return planTables(settled, await importBasis(this.store, { actors: settled.actors.actors, relations: reading.relations }, this.today(), named));
  }

  /**
   * Plans, then (unless `dryRun`) writes the whole document with the store's importGraph, in one
   * transaction. Applying a plan with problems writes nothing and throws them as a ValidationError.
   */
  async importFiles(files: readonly InputFile[], options: ImportFilesOptions, who?: WriteAuthor): Promise<ImportFilesResult> {
    const plan = await this.plan(files, options.choices ?? [], options.sheetRoles);
    if (options.dryRun) return { plan, summary: null };
    return { plan, summary: await this.applyPlan(plan, who) };
  }

  /** Writes a plan without problems (one transaction); a plan with problems throws them and writes nothing. */
  async applyPlan(plan: ImportPlan, who?: WriteAuthor): Promise<ImportSummary> {
    if (plan.problems.length > 0 || !plan.document) {
      throw new ValidationError(
        'import',
        plan.problems.map((p) => ({
          path: `${p.sheet} row ${p.row}${p.column ? ` column ${p.column}` : ''}`,
          message: p.value ? `${p.reason} (value "${p.value}")` : p.reason,
          code: p.code,
          params: p.params,
        })),
      );
    }
    return this.store.importGraph(plan.document, {}, who);
  }

  /**
   * The graph, or the actors of one area and the relations among them (partners just outside
   * included), on `day` (null: every relation ever recorded, as a re-import needs).
   */
  async scope(areaId?: string | null, day: string | null = null): Promise<GraphForExport> {
    if (!areaId && day === null) return this.store.exportGraph();
    const sub = await this.store.subgraph(areaId ? { areaId } : {}, day);
    const ids = new Set(sub.nodes.map((n) => n.id));
    const actors = sub.nodes.map(({ boundary: _b, ...actor }) => actor);
    return { actors, relations: sub.relations.filter((r) => ids.has(r.source) && ids.has(r.target)) };
  }

  async export(format: ExportFormat, areaId?: string | null, language: Language = 'nl', day: string | null = null): Promise<ExportedFile[]> {
    return this.files(await this.scope(areaId, day), format, areaId, language);
  }

  /** The files of one format for a graph already read (see `scope`). */
  files(graph: GraphForExport, format: ExportFormat, areaId?: string | null, language: Language = 'nl'): Promise<ExportedFile[]> {
    return exportFiles(graph, format, `weefsel-${areaId ?? 'netwerk'}`, language);
  }
}
