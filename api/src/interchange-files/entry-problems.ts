import { ValidationError, type ValidationIssue } from '@weefsel/graph-schema';
import type { EntryOrigin, ImportProblem } from './plan-types';
import type { TableRow } from './read-tables';
import { cellText, type Failure } from './values';

/** The property a graph-schema issue path names: `domains[0]` is domains, `contact.email` stays whole. */
export function propertyOfPath(path: string): string {
  const parts = path.split(/[.[]/);
  return parts[0] === 'contact' && parts[1] ? `contact.${parts[1]}` : (parts[0] ?? '');
}

export function problemAt(origin: EntryOrigin, key: string, failure: Failure): ImportProblem {
  return { sheet: origin.sheet, row: origin.row, column: origin.column(key), value: origin.value(key), ...failure };
}

export function issueProblems(origin: EntryOrigin, issues: readonly ValidationIssue[]): ImportProblem[] {
  return issues.map((issue) => {
    const key = propertyOfPath(issue.path);
    const failure = { reason: key ? `${key} ${issue.message}` : issue.message, code: issue.code ?? 'invalid', params: issue.params ?? {} };
    return problemAt(origin, key, failure);
  });
}

/** Runs a graph-schema validator; its issues become problems at the row's cells. */
export function validated<T>(validate: () => T, origin: EntryOrigin, problems: ImportProblem[]): T | null {
  try {
    return validate();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problems.push(...issueProblems(origin, error.issues));
    return null;
  }
}

/**
 * The origin of a row, computed only when a problem asks: one small object per row instead of
 * maps of its cells (100,000 rows of maps kept the garbage collector busy for seconds).
 */
class RowOrigin implements EntryOrigin {
  constructor(
    readonly sheet: string,
    private readonly tableRow: TableRow,
    private readonly headers: readonly string[],
    private readonly keys: readonly (string | null)[],
  ) {}

  get row(): number {
    return this.tableRow.row;
  }

  column(key: string): string {
    const at = this.keys.indexOf(key);
    return at < 0 ? '' : (this.headers[at] ?? '');
  }

  value(key: string): string {
    const at = this.keys.indexOf(key);
    return at < 0 ? '' : cellText(this.tableRow.cells[at] ?? null);
  }
}

export function originOf(sheet: string, row: TableRow, headers: readonly string[], keys: readonly (string | null)[]): EntryOrigin {
  return new RowOrigin(sheet, row, headers, keys);
}

/** Reports a repeated id at the later row, naming the earlier one. */
export class DuplicateCheck {
  private readonly seen = new Map<string, EntryOrigin>();

  constructor(private readonly what: string) {}

  /** False (and a problem) when the id was seen before. */
  check(id: string, origin: EntryOrigin, key: string, problems: ImportProblem[]): boolean {
    const first = this.seen.get(id);
    if (!first) {
      this.seen.set(id, origin);
      return true;
    }
    const reason = `duplicate ${this.what} "${id}": the same as row ${first.row} of sheet ${first.sheet}`;
    problems.push(problemAt(origin, key, { reason, code: 'duplicateRow', params: { id, row: first.row, sheet: first.sheet } }));
    return false;
  }
}
