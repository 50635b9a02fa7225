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

const placesIn = (relation: Relation) => relationKinds[relation.kind].placesIn;
/** Whether a relation counts as a tie (a planned collaboration, an accepted suggestion, does not). */
const isTie = (relation: Relation) => relationKinds[relation.kind].tie === 'collaboration' && relation.status !== 'PLANNED';

/**
 * How far the writes behind `changes` reached: `records` when they kept every actor with its kind,
 * every placement and every tie (an edited description, a planned collaboration), `ties` when they
 * changed ties too, `everything` when they added, removed or re-kinded an actor or moved a placement.
 */
function reach(stale: RecommendContext, changes: RecordChanges): 'records' | 'ties' | 'everything' {
  const now = new Map(changes.actors.map((actor) => [actor.id, actor]));
  for (const id of changes.actorIds) {
    const before = stale.ag.actors.get(id);
    if (!before || before.kind !== now.get(id)?.kind) return 'everything';
  }
  const touched = new Set(changes.relationIds);
  const before = changes.relationIds.length === 0 ? [] : stale.ag.subgraph.relations.filter((relation) => touched.has(relation.id));
  const all = [...before, ...changes.relations];
  if (all.some(placesIn)) return 'everything';
  return all.some(isTie) ? 'ties' : 'records';
}

/**
 * The recommendation context of `region`, the region of `stale` after `changes`: the same as
 * `recommendContext(buildAnalysisGraph(region))` would give, reusing what the writes cannot have changed: the whole network when they touched only
 * records, the areas and their members when they changed ties.
 */
export function recommendContextAfter(stale: RecommendContext, region: Subgraph, changes: RecordChanges): RecommendContext {
  switch (reach(stale, changes)) {
    case 'records':
      return recommendContext(withEditedRecords(stale.ag, region), { from: stale, network: true });
    case 'ties':
      return recommendContext(buildAnalysisGraph(region), { from: stale, network: false });
    case 'everything':
      return recommendContext(buildAnalysisGraph(region));
  }
}
