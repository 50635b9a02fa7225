import { relationKinds, type Relation, type ScopedActor, type Subgraph } from '@weefsel/graph-schema';
import { buildAnalysisGraph, withEditedRecords } from '../analysis-graph';
import { recommendContext, type RecommendContext } from './recommend-context';

/** The ids writes touched and the records they left (the store's region changes). */
export interface RecordChanges {
  actorIds: readonly string[];
  relationIds: readonly string[];
  actors: readonly ScopedActor[];
  relations: readonly Relation[];
}

/** Whether a relation can count as a tie or place an actor: then the network or the areas may change. */
function shapesNetwork(relation: Relation): boolean {
  const kind = relationKinds[relation.kind];
  return kind.placesIn || (kind.tie === 'collaboration' && relation.status !== 'PLANNED');
}

/**
 * Whether the writes behind `changes` left the network and the placements of `stale` as they were:
 * no actor added or removed or of another kind, and every relation written or deleted, before and
 * after, neither a tie nor a placement (a planned collaboration, an accepted suggestion, is neither).
 */
function sameStructure(stale: RecommendContext, changes: RecordChanges): boolean {
  const now = new Map(changes.actors.map((actor) => [actor.id, actor]));
  for (const id of changes.actorIds) {
    const before = stale.ag.actors.get(id);
    if (!before || before.kind !== now.get(id)?.kind) return false;
  }
  if (changes.relations.some(shapesNetwork)) return false;
  if (changes.relationIds.length === 0) return true;
  const touched = new Set(changes.relationIds);
  return !stale.ag.subgraph.relations.some((relation) => touched.has(relation.id) && shapesNetwork(relation));
}

/**
 * The recommendation context of `region`, the region of `stale` after `changes`: the same as
 * `recommendContext(buildAnalysisGraph(region))` would give, with the fit kept as `EarlierFit`
 * says. When the writes changed neither ties nor placements, the network, its communities, areas
 * and growing actors are reused and only the records are new: a few hundred milliseconds less at
 * 50,000 actors.
 */
export function recommendContextAfter(stale: RecommendContext, region: Subgraph, changes: RecordChanges): RecommendContext {
  const earlier = stale.fitAfter(changes.actorIds.length + changes.relationIds.length);
  if (!sameStructure(stale, changes)) return recommendContext(buildAnalysisGraph(region), earlier);
  return recommendContext(withEditedRecords(stale.ag, region), earlier, stale);
}
