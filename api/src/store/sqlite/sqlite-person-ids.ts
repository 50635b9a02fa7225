import type { Database } from 'better-sqlite3';
import { nodeKindNames, nodeKinds, type NodeKind } from '@weefsel/graph-schema';
import { isLegacyPersonId, newPersonId, renamedRelationId } from '../shared/legacy-person-ids';

const personKinds = nodeKindNames.filter((kind) => (nodeKinds[kind].personalProperties as readonly string[]).includes('name'));

/**
 * Renames people whose id is the old hash of their name, in one transaction, with their relations
 * (endpoints and derived relation ids) and junction rows. Audit entries keep the old id: only
 * admins read them, who see the names anyway, and an erasure still finds them by the name.
 * Returns how many people were renamed.
 */
export function renameLegacyPersonIds(db: Database): number {
  if (personKinds.length === 0) return 0;
  const people = db.prepare(`SELECT id, kind, name FROM actors WHERE kind IN (SELECT value FROM json_each(?))`).all(JSON.stringify(personKinds)) as {
    id: string;
    kind: NodeKind;
    name: string;
  }[];
  const legacy = people.filter(isLegacyPersonId);
  if (legacy.length === 0) return 0;
  const taken = db.prepare('SELECT 1 FROM actors WHERE id = ?');
  const relationsOf = db.prepare('SELECT id, kind, source, target FROM relations WHERE source = @id OR target = @id');
  const moveRelation = db.prepare(
    'UPDATE relations SET id = @newId, source = CASE WHEN source = @from THEN @to ELSE source END, target = CASE WHEN target = @from THEN @to ELSE target END WHERE id = @id',
  );
  db.transaction(() => {
    // The rows move one table at a time; the keys hold again at commit.
    db.pragma('defer_foreign_keys = ON');
    for (const person of legacy) {
      let to = newPersonId(person.kind);
      while (taken.get(to)) to = newPersonId(person.kind);
      const relations = relationsOf.all({ id: person.id }) as { id: string; kind: string; source: string; target: string }[];
      db.prepare('UPDATE actors SET id = ? WHERE id = ?').run(to, person.id);
      for (const relation of relations) moveRelation.run({ id: relation.id, newId: renamedRelationId(relation, person.id, to), from: person.id, to });
      db.prepare('UPDATE actor_domains SET actor_id = ? WHERE actor_id = ?').run(to, person.id);
      db.prepare('UPDATE actor_target_groups SET actor_id = ? WHERE actor_id = ?').run(to, person.id);
    }
  }).immediate();
  return legacy.length;
}
