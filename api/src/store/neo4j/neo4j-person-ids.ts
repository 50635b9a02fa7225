import { nodeKindNames, nodeKinds, type NodeKind } from '@weefsel/graph-schema';
import { isLegacyPersonId, newPersonId, renamedRelationId } from '../shared/legacy-person-ids';
import { actorsOfKinds, relationEndsOf, renameActor } from './cypher/person-ids.cypher';
import type { CypherRunner } from './neo4j-runner';

const personKinds = nodeKindNames.filter((kind) => (nodeKinds[kind].personalProperties as readonly string[]).includes('name'));

/**
 * Renames people whose id is the old hash of their name (see shared/legacy-person-ids), in the
 * transaction of `run`, with the derived ids of their relations. Audit entries keep the old id:
 * only admins read them, who see the names anyway, and an erasure removes old ids too.
 */
export async function renameLegacyPersonIdsFlow(run: CypherRunner): Promise<number> {
  if (personKinds.length === 0) return 0;
  const people = (await run.run(actorsOfKinds(personKinds))) as { id: string; kind: NodeKind; name: string }[];
  const legacy = people.filter(isLegacyPersonId);
  for (const person of legacy) {
    // 48 random bits: a clash with another id is not worth a query.
    const to = newPersonId(person.kind);
    const relations = (await run.run(relationEndsOf(person.id))) as { id: string; kind: string; source: string; target: string }[];
    const renames = relations.map((relation) => ({ id: relation.id, newId: renamedRelationId(relation, person.id, to) })).filter((r) => r.id !== r.newId);
    await run.run(renameActor(person.id, to, renames));
  }
  return legacy.length;
}
