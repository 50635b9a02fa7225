import { validateActor, type Actor, type ActorInput, type NodeKind } from '@weefsel/graph-schema';
import { columnsOf } from './columns';
import { originOf, problemAt, validated, type DuplicateCheck } from './entry-problems';
import type { ActorLookup } from './lookup';
import type { EntryOrigin, ImportProblem } from './plan-types';
import { actorCellReaders, readerOf, setActorProperty } from './read-cells';
import type { MappedTable } from './sheet-mapping';
import { isEmptyCell } from './values';

/** "This actor lies in the area in this cell": becomes a placement relation once all actors are known. */
export interface PendingPlacement {
  actorId: string;
  actorKind: NodeKind;
  areaKind: NodeKind;
  reference: string;
  key: string;
  origin: EntryOrigin;
}

/**
 * An actor row read and checked on its own: what a new actor is. A stored actor goes underneath
 * once it is read (`settleActors`), so only the actors a sheet names are read, not every one.
 */
export interface PendingActor {
  actor: ActorInput;
  /** The values the sheet gives (its columns), laid over the stored actor's. */
  fields: Record<string, unknown>;
  origin: EntryOrigin;
}

export interface ActorRowsRead {
  pending: PendingActor[];
  placements: PendingPlacement[];
}

/** The actors of the sheets as the import writes them, each with the row it came from. */
export interface ActorEntries {
  actors: ActorInput[];
  origins: EntryOrigin[];
}

/** The stored actor as an input, so columns missing from the sheet keep what the store has. */
function storedInput(actor: Actor): ActorInput {
  const { createdAt: _c, updatedAt: _u, ...input } = actor;
  return input;
}

function withFields(input: Partial<ActorInput>, fields: Record<string, unknown>, id: string): Partial<ActorInput> {
  for (const [key, value] of Object.entries(fields)) if (key !== 'id') setActorProperty(input, key, value);
  input.id = id;
  return input;
}

/**
 * Reads the actor rows of one sheet into actors checked on their own (`PendingActor`). Rows
 * without an id get the id of the stored actor with the same kind and name, or one derived from
 * kind and name.
 */
export function readActorRows(mapped: MappedTable, lookup: ActorLookup, out: ActorRowsRead, duplicates: DuplicateCheck, problems: ImportProblem[]): void {
  const { table, keys } = mapped;
  const required = columnsOf('actors').filter((c) => c.required).map((c) => c.key);
  const idColumn = keys.includes('id') ? 'id' : 'name';
  for (const row of table.rows) {
    if (row.cells.every((cell) => isEmptyCell(cell))) continue;
    const origin = originOf(table.name, row, table.headers, keys);
    const fields: Record<string, unknown> = {};
    const areas: { kind: NodeKind; key: string; reference: string }[] = [];
    let readable = true;
    keys.forEach((key, i) => {
      if (!key) return;
      const cell = row.cells[i] ?? null;
      if (key.startsWith('area.')) {
        if (!isEmptyCell(cell)) areas.push({ kind: key.slice('area.'.length) as NodeKind, key, reference: origin.value(key) });
        return;
      }
      if (required.includes(key) && isEmptyCell(cell)) {
        problems.push(problemAt(origin, key, { reason: `${key} is empty; every actor needs a ${key}`, code: 'emptyCell', params: { property: key } }));
        readable = false;
        return;
      }
      const read = readerOf(actorCellReaders, key)(cell);
      if (read.ok) fields[key] = read.value;
      else {
        problems.push(problemAt(origin, key, read));
        readable = false;
      }
    });
    if (!readable) continue;
    const kind = fields.kind as NodeKind;
    const name = String(fields.name);
    const id =
      typeof fields.id === 'string' && fields.id !== ''
        ? (lookup.renamedFrom(fields.id) ?? fields.id)
        : (lookup.existingId(kind, name) ?? lookup.newId(kind, name, (candidate) => lookup.isStored(candidate) || lookup.kindOf(candidate) !== undefined && !sameActor(out, candidate, kind, name)));
    const actor = validated(() => validateActor(withFields({ id }, fields, id), 'import'), origin, problems);
    if (!actor || !duplicates.check(id, origin, idColumn, problems)) continue;
    lookup.add(actor.id, actor.kind, actor.name);
    out.pending.push({ actor, fields, origin });
    for (const area of areas) out.placements.push({ actorId: actor.id, actorKind: actor.kind, areaKind: area.kind, reference: area.reference, key: area.key, origin });
  }
}

/**
 * The actors of the rows with the stored actor underneath each that is stored (columns the sheet
 * lacks keep what the store has), checked again as a whole: the sheet's first day may fall after
 * the stored last day.
 */
export function settleActors(pending: readonly PendingActor[], stored: ReadonlyMap<string, Actor>, problems: ImportProblem[]): ActorEntries {
  const settled: ActorEntries = { actors: [], origins: [] };
  for (const { actor, fields, origin } of pending) {
    const before = stored.get(actor.id);
    const merged = before ? validated(() => validateActor(withFields(storedInput(before), fields, actor.id), 'import'), origin, problems) : actor;
    if (!merged) continue;
    settled.actors.push(merged);
    settled.origins.push(origin);
  }
  return settled;
}

function sameActor(out: ActorRowsRead, id: string, kind: NodeKind, name: string): boolean {
  // Rare (only when a derived id collides), so a scan is fine.
  const actor = out.pending.find((entry) => entry.actor.id === id)?.actor;
  return actor !== undefined && actor.kind === kind && actor.name.toLowerCase() === name.toLowerCase();
}
