import type { GraphDocument, ProblemCode, ProblemParams } from '@weefsel/graph-schema';
import type { SheetRole } from './columns';

/** One problem of an import, where a spreadsheet user can find it. Row 1 is the header row. */
export interface ImportProblem {
  sheet: string;
  row: number;
  /** The header of the column as written in the file; empty for a problem with the whole row. */
  column: string;
  value: string;
  /** Precise English, for the CLI and developers. */
  reason: string;
  /** The same problem as a code from graph-schema's list with its params, for the web's languages. */
  code: ProblemCode;
  params: ProblemParams;
}

/** A chosen property for one column of one sheet; `property: null` ignores the column. */
export interface ColumnChoice {
  sheet: string;
  column: string;
  property: string | null;
}

/** How a sheet was read: its role and the property of each column (guessed or chosen). */
export interface SheetMapping {
  sheet: string;
  role: SheetRole | null;
  rows: number;
  columns: { column: string; property: string | null }[];
}

export interface PlanCounts {
  create: number;
  update: number;
  unchanged: number;
}

/** What an import would do (dry run) or did: counts against the store, problems, the mapping used. */
export interface ImportPlan {
  actors: PlanCounts;
  relations: PlanCounts;
  problems: ImportProblem[];
  /** All problems found; `problems` lists at most the first 1000. */
  problemCount: number;
  sheets: SheetMapping[];
  /** The document that would be written; only without problems. */
  document: GraphDocument | null;
}

/** Where an entry of the document came from, so validation issues point at a cell. */
export interface EntryOrigin {
  sheet: string;
  row: number;
  /** Header of the column of a property key (`name`, `contact.email`); empty when the sheet has none. */
  column(key: string): string;
  /** Raw cell text of a property key. */
  value(key: string): string;
}
