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

export interface ActorEntries {
  actors: ActorInput[];
  origins: EntryOrigin[];
  placements: PendingPlacement[];
}

/** The stored actor as an input, so columns missing from the sheet keep what the store has. */
function storedInput(actor: Actor): ActorInput {
  const { createdAt: _c, updatedAt: _u, ...input } = actor;
  return input;
}

/**
 * Reads the actor rows of one sheet into validated actor inputs. Rows without an id get the id of
 * the stored actor with the same kind and name, or one derived from kind and name.
 */
export function readActorRows(mapped: MappedTable, lookup: ActorLookup, out: ActorEntries, duplicates: DuplicateCheck, problems: ImportProblem[]): void {
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
        : (lookup.existingId(kind, name) ?? lookup.newId(kind, name, (candidate) => lookup.stored.has(candidate) || lookup.kindOf(candidate) !== undefined && !sameActor(out, candidate, kind, name)));
    const stored = lookup.stored.get(id);
    const input: Partial<ActorInput> = stored ? storedInput(stored) : { id };
    for (const [key, value] of Object.entries(fields)) if (key !== 'id') setActorProperty(input, key, value);
    input.id = id;
    const actor = validated(() => validateActor(input, 'import'), origin, problems);
    if (!actor || !duplicates.check(id, origin, idColumn, problems)) continue;
    lookup.add(actor.id, actor.kind, actor.name);
    out.actors.push(actor);
    out.origins.push(origin);
    for (const area of areas) out.placements.push({ actorId: actor.id, actorKind: actor.kind, areaKind: area.kind, reference: area.reference, key: area.key, origin });
  }
}

function sameActor(out: ActorEntries, id: string, kind: NodeKind, name: string): boolean {
  // Rare (only when a derived id collides), so a scan is fine.
  const actor = out.actors.find((a) => a.id === id);
  return actor !== undefined && actor.kind === kind && actor.name.toLowerCase() === name.toLowerCase();
}
