import {
  defaultCollaborationKind,
  deriveRelationId,
  endpointKindProblem,
  placementKinds,
  validateRelation,
  type Relation,
  type RelationInput,
  type RelationKind,
  type ValidRelation,
} from '@weefsel/graph-schema';
import type { PendingPlacement } from './actor-rows';
import { originOf, problemAt, validated, type DuplicateCheck } from './entry-problems';
import type { ActorLookup } from './lookup';
import type { EntryOrigin, ImportProblem } from './plan-types';
import { readerOf, relationCellReaders, setRelationProperty } from './read-cells';
import type { MappedTable } from './sheet-mapping';
import { isEmptyCell, type Failure } from './values';

export interface RelationEntries {
  relations: ValidRelation[];
  origins: EntryOrigin[];
}

function storedInput(relation: Relation): RelationInput {
  const { createdAt: _c, updatedAt: _u, ...input } = relation;
  return input;
}

/** The relation with the stored one underneath, so columns missing from the sheet keep their values. */
function merged(lookup: ActorLookup, fields: Record<string, unknown>, kind: RelationKind, source: string, target: string): Partial<RelationInput> {
  const id = typeof fields.id === 'string' && fields.id !== '' ? fields.id : deriveRelationId(kind, source, target);
  const stored = lookup.storedRelations.get(id);
  const input: Partial<RelationInput> = stored ? storedInput(stored) : {};
  for (const [key, value] of Object.entries(fields)) setRelationProperty(input, key, value);
  return { ...input, id, kind, source, target };
}

/** Reads the relation rows of one sheet; source and target are ids or unique names. */
export function readRelationRows(mapped: MappedTable, lookup: ActorLookup, out: RelationEntries, duplicates: DuplicateCheck, problems: ImportProblem[]): void {
  const { table, keys } = mapped;
  const idColumn = keys.includes('id') ? 'id' : 'target';
  for (const row of table.rows) {
    if (row.cells.every((cell) => isEmptyCell(cell))) continue;
    const origin = originOf(table.name, row, table.headers, keys);
    const fields: Record<string, unknown> = {};
    let readable = true;
    const fail = (key: string, failure: Failure) => {
      problems.push(problemAt(origin, key, failure));
      readable = false;
    };
    keys.forEach((key, i) => {
      if (!key) return;
      const cell = row.cells[i] ?? null;
      if ((key === 'source' || key === 'target' || key === 'kind') && isEmptyCell(cell)) return fail(key, { reason: `${key} is empty; every relation needs a ${key}`, code: 'emptyCell', params: { property: key } });
      if (key === 'source' || key === 'target') {
        const resolved = lookup.resolve(origin.value(key));
        if (resolved.ok) fields[key] = resolved.id;
        else fail(key, resolved);
        return;
      }
      const read = readerOf(relationCellReaders, key)(cell);
      if (read.ok) fields[key] = read.value;
      else fail(key, read);
    });
    if (!readable) continue;
    const kind = (fields.kind as RelationKind | undefined) ?? defaultCollaborationKind;
    const input = merged(lookup, fields, kind, String(fields.source), String(fields.target));
    const relation = validated(() => validateRelation(input, 'import'), origin, problems);
    if (!relation || !duplicates.check(relation.id, origin, idColumn, problems)) continue;
    out.relations.push(relation);
    out.origins.push(origin);
  }
}

/** Turns "Gemeente: Brugge" cells into placement relations (located in, part of, member of, ...). */
export function readPlacements(placements: readonly PendingPlacement[], lookup: ActorLookup, out: RelationEntries, problems: ImportProblem[]): void {
  const known = new Set(out.relations.map((r) => r.id));
  for (const placement of placements) {
    const area = lookup.resolve(placement.reference, placement.areaKind);
    if (!area.ok) {
      problems.push(problemAt(placement.origin, placement.key, area));
      continue;
    }
    const kind = placementKinds.find((k) => endpointKindProblem(k, placement.actorKind, placement.areaKind) === null);
    if (!kind) {
      const reason = `a ${placement.actorKind} cannot be placed in a ${placement.areaKind}; leave this cell empty`;
      problems.push(problemAt(placement.origin, placement.key, { reason, code: 'cannotPlace', params: { kind: placement.actorKind, areaKind: placement.areaKind } }));
      continue;
    }
    const input = merged(lookup, {}, kind, placement.actorId, area.id);
    const relation = validated(() => validateRelation(input, 'import'), placement.origin, problems);
    if (!relation || known.has(relation.id)) continue;
    known.add(relation.id);
    out.relations.push(relation);
    out.origins.push(placement.origin);
  }
}
