import type { ProblemCode, ProblemParams } from '@weefsel/graph-schema';
import { columnsOf, guessMapping, guessRole, type SheetRole } from './columns';
import type { ColumnChoice, ImportProblem, SheetMapping } from './plan-types';
import type { Table } from './read-tables';

/** Roles given for sheets by name (null ignores the sheet). */
export type SheetRoles = Readonly<Record<string, SheetRole | null>>;

/** A table with its role and the property of each column (null: ignored). */
export interface MappedTable {
  table: Table;
  role: SheetRole | null;
  keys: (string | null)[];
}

function roleOf(table: Table, choices: readonly ColumnChoice[]): SheetRole | null {
  if (choices.some((c) => c.property === 'source' || c.property === 'target')) return 'relations';
  if (choices.some((c) => c.property === 'name')) return 'actors';
  return guessRole(table.headers, table.name);
}

/** Guesses the mapping of a table and applies the user's choices on top; bad choices are problems. */
export function mapTable(table: Table, allChoices: readonly ColumnChoice[], problems: ImportProblem[], givenRole?: SheetRole | null): MappedTable {
  const choices = allChoices.filter((c) => c.sheet === table.name);
  const role = givenRole === undefined ? roleOf(table, choices) : givenRole;
  if (!role) return { table, role, keys: table.headers.map(() => null) };
  const keys = guessMapping(role, table.headers);
  const known = new Set(columnsOf(role).map((c) => c.key));
  for (const choice of choices) {
    const at = table.headers.indexOf(choice.column);
    const problem = (reason: string, code: ProblemCode, params: ProblemParams) =>
      problems.push({ sheet: table.name, row: 1, column: choice.column, value: choice.property ?? '', reason, code, params });
    const headers = table.headers.join(', ');
    if (at < 0) problem(`the mapping names a column that is not in this sheet (headers: ${headers})`, 'mappingColumnUnknown', { headers });
    else if (choice.property !== null && !known.has(choice.property)) {
      problem(`"${choice.property}" is not a property of ${role}; use one of: ${[...known].join(', ')}`, 'mappingPropertyUnknown', { value: choice.property, sheetRole: role });
    }
    else {
      // A property comes from one column: choosing it for this column frees the column that had it.
      if (choice.property !== null) keys.forEach((key, i) => (key === choice.property ? (keys[i] = null) : undefined));
      keys[at] = choice.property;
    }
  }
  return { table, role, keys };
}

/** One problem per required property without a column (on the header row). */
export function missingColumns(mapped: MappedTable): ImportProblem[] {
  if (!mapped.role) return [];
  return columnsOf(mapped.role)
    .filter((spec) => spec.required && !mapped.keys.includes(spec.key))
    .map((spec) => ({
      sheet: mapped.table.name,
      row: 1,
      column: '',
      value: '',
      reason: `no column for ${spec.key}: ${mapped.role} need a column headed "${spec.header.nl}" or "${spec.header.en}" (or map one to ${spec.key})`,
      code: 'missingColumn' as const,
      params: { property: spec.key, nl: spec.header.nl, en: spec.header.en },
    }));
}

export function describeMapping(mapped: MappedTable): SheetMapping {
  return {
    sheet: mapped.table.name,
    role: mapped.role,
    rows: mapped.table.rows.length,
    columns: mapped.table.headers.map((column, i) => ({ column, property: mapped.keys[i] ?? null })),
  };
}
