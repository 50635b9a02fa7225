import { relationKinds, type Relation, type ScopedActor, type Subgraph } from '@weefsel/graph-schema';
import { buildAnalysisGraph, withChangedTies, withEditedRecords, type TouchedRecords } from '../analysis-graph';
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
 * With the touched relations as they were and are.
 */
function reach(stale: RecommendContext, changes: RecordChanges): { reach: 'records' | 'ties' | 'everything'; touched: TouchedRecords } {
  const ids = new Set(changes.relationIds);
  const before = ids.size === 0 ? [] : stale.ag.subgraph.relations.filter((relation) => ids.has(relation.id));
  const touched = { relationIds: ids, before, after: changes.relations, actors: changes.actors };
  const now = new Map(changes.actors.map((actor) => [actor.id, actor]));
  for (const id of changes.actorIds) {
    const was = stale.ag.actors.get(id);
    if (!was || was.kind !== now.get(id)?.kind) return { reach: 'everything', touched };
  }
  const all = [...before, ...changes.relations];
  if (all.some(placesIn)) return { reach: 'everything', touched };
  return { reach: all.some(isTie) ? 'ties' : 'records', touched };
}

/**
 * The recommendation context of `region`, the region of `stale` after `changes`: the same as
 * `recommendContext(buildAnalysisGraph(region))` would give, reusing what the writes cannot have
 * changed: the whole network when they touched only records; the areas and their members, and the
 * ties of every pair they did not touch, when they changed ties.
 */
export function recommendContextAfter(stale: RecommendContext, region: Subgraph, changes: RecordChanges): RecommendContext {
  const { reach: reached, touched } = reach(stale, changes);
  switch (reached) {
    case 'records':
      return recommendContext(withEditedRecords(stale.ag, region, touched), { from: stale, network: true });
    case 'ties':
      return recommendContext(withChangedTies(stale.ag, region, touched), { from: stale, network: false });
    case 'everything':
      return recommendContext(buildAnalysisGraph(region));
  }
}
