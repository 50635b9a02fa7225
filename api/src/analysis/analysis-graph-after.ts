import { relationKinds, type Relation, type ScopedActor, type Subgraph } from '@weefsel/graph-schema';
import { buildAnalysisGraph, withChangedTies, withEditedRecords, type AnalysisGraph, type TouchedRecords } from './analysis-graph';

/** The ids writes touched and the records they left (the store's region changes). */
export interface RecordChanges {
  actorIds: readonly string[];
  relationIds: readonly string[];
  actors: readonly ScopedActor[];
  relations: readonly Relation[];
}

/**
 * How far writes reached: `records` when they kept every actor with its kind, every placement and
 * every tie (an edited description, a planned collaboration), `ties` when they changed ties too,
 * `everything` when they added, removed or re-kinded an actor or moved a placement.
 */
export type Reach = 'records' | 'ties' | 'everything';

const order: Reach[] = ['records', 'ties', 'everything'];

const placesIn = (relation: Relation) => relationKinds[relation.kind].placesIn;
/** Whether a relation counts as a tie (a planned collaboration, an accepted suggestion, does not). */
const isTie = (relation: Relation) => relationKinds[relation.kind].tie === 'collaboration' && relation.status !== 'PLANNED';

function reachOf(stale: AnalysisGraph, changes: RecordChanges): { reach: Reach; touched: TouchedRecords } {
  const ids = new Set(changes.relationIds);
  const before = ids.size === 0 ? [] : stale.subgraph.relations.filter((relation) => ids.has(relation.id));
  const touched = { relationIds: ids, before, after: changes.relations, actors: changes.actors };
  const now = new Map(changes.actors.map((actor) => [actor.id, actor]));
  for (const id of changes.actorIds) {
    const was = stale.actors.get(id);
    if (!was || was.kind !== now.get(id)?.kind) return { reach: 'everything', touched };
  }
  const all = [...before, ...changes.relations];
  if (all.some(placesIn)) return { reach: 'everything', touched };
  return { reach: all.some(isTie) ? 'ties' : 'records', touched };
}

/** Each graph made by `analysisGraphAfter`: the graph it was made from, how far the writes reached and how many records they touched. */
const derivations = new WeakMap<AnalysisGraph, { from: AnalysisGraph; reach: Reach; touched: number }>();

/**
 * The analysis graph of `region`, the region of `stale` after `changes`: the same as
 * `buildAnalysisGraph(region)`, taking over what the writes cannot have changed (the network after
 * records only, the untouched ties after ties; see `withEditedRecords` and `withChangedTies`).
 */
export function analysisGraphAfter(stale: AnalysisGraph, region: Subgraph, changes: RecordChanges): AnalysisGraph {
  const { reach, touched } = reachOf(stale, changes);
  const ag = reach === 'records' ? withEditedRecords(stale, region, touched) : reach === 'ties' ? withChangedTies(stale, region, touched) : buildAnalysisGraph(region);
  derivations.set(ag, { from: stale, reach, touched: changes.actorIds.length + changes.relationIds.length });
  return ag;
}

/**
 * How far the writes between `earlier` and `ag` reached and how many records they touched, when
 * `ag` was made from `earlier` by `analysisGraphAfter` (in one step or several); null otherwise.
 */
export function changesSince(ag: AnalysisGraph, earlier: AnalysisGraph): { reach: Reach; touched: number } | null {
  let reach: Reach = 'records';
  let touched = 0;
  for (let at: AnalysisGraph = ag; at !== earlier; ) {
    const step = derivations.get(at);
    if (!step) return null;
    if (order.indexOf(step.reach) > order.indexOf(reach)) reach = step.reach;
    touched += step.touched;
    at = step.from;
  }
  return { reach, touched };
}
