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
import { DuplicateCheck, originOf, problemAt, validated } from './entry-problems';
import type { ActorLookup } from './lookup';
import type { EntryOrigin, ImportProblem } from './plan-types';
import { readerOf, relationCellReaders, setRelationProperty } from './read-cells';
import type { MappedTable } from './sheet-mapping';
import { isEmptyCell, type Failure } from './values';

export interface RelationEntries {
  relations: ValidRelation[];
  origins: EntryOrigin[];
}

/**
 * A relation read from a row, or from a placement cell of an actor row, before the stored relation
 * with its id is put underneath: the ids are known first, so only those relations are read from
 * the store.
 */
export interface PendingRelation {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  /** The cells read (without source, target and kind). */
  fields: Record<string, unknown>;
  origin: EntryOrigin;
  /** Where a repeated id is reported; null for a placement, which a row with the same id replaces. */
  idColumn: string | null;
}

function pending(fields: Record<string, unknown>, kind: RelationKind, source: string, target: string, origin: EntryOrigin, idColumn: string | null): PendingRelation {
  const id = typeof fields.id === 'string' && fields.id !== '' ? fields.id : deriveRelationId(kind, source, target);
  return { id, kind, source, target, fields, origin, idColumn };
}

function storedInput(relation: Relation): RelationInput {
  const { createdAt: _c, updatedAt: _u, ...input } = relation;
  return input;
}

/** The relation with the stored one underneath, so columns missing from the sheet keep their values. */
function merged(entry: PendingRelation, stored: ReadonlyMap<string, Relation>): Partial<RelationInput> {
  const before = stored.get(entry.id);
  const input: Partial<RelationInput> = before ? storedInput(before) : {};
  for (const [key, value] of Object.entries(entry.fields)) setRelationProperty(input, key, value);
  return { ...input, id: entry.id, kind: entry.kind, source: entry.source, target: entry.target };
}

/** Reads the relation rows of one sheet; source and target are ids or unique names. */
export function readRelationRows(mapped: MappedTable, lookup: ActorLookup, out: PendingRelation[], problems: ImportProblem[]): void {
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
    out.push(pending(fields, kind, String(fields.source), String(fields.target), origin, idColumn));
  }
}

/** Turns "Gemeente: Brugge" cells into placement relations (located in, part of, member of, ...). */
export function readPlacements(placements: readonly PendingPlacement[], lookup: ActorLookup, out: PendingRelation[], problems: ImportProblem[]): void {
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
    out.push(pending({}, kind, placement.actorId, area.id, placement.origin, null));
  }
}

/**
 * The pending relations with the stored ones underneath, validated: rows (each id once; a repeated
 * one is a problem at its later row), then placements that no row already gives.
 */
export function settleRelations(entries: readonly PendingRelation[], stored: ReadonlyMap<string, Relation>, problems: ImportProblem[]): RelationEntries {
  const out: RelationEntries = { relations: [], origins: [] };
  const duplicates = new DuplicateCheck('relation');
  const known = new Set<string>();
  for (const placements of [false, true]) {
    for (const entry of entries) {
      if ((entry.idColumn === null) !== placements) continue;
      const relation = validated(() => validateRelation(merged(entry, stored), 'import'), entry.origin, problems);
      if (!relation) continue;
      if (entry.idColumn === null ? known.has(relation.id) : !duplicates.check(relation.id, entry.origin, entry.idColumn, problems)) continue;
      known.add(relation.id);
      out.relations.push(relation);
      out.origins.push(entry.origin);
    }
  }
  return out;
}
