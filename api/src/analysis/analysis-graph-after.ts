import { firstAtOrAfter, relationKinds, type Relation, type ScopedActor, type Subgraph } from '@weefsel/graph-schema';
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

/**
 * The relations of `sorted` with the given ids. A region lists its relations in id order (both
 * stores read it so, and `patchRegion` keeps it): a search per id, not a pass over 250,000.
 */
function relationsWithIds(sorted: readonly Relation[], ids: ReadonlySet<string>): Relation[] {
  const found: Relation[] = [];
  for (const id of [...ids].sort()) {
    const relation = sorted[firstAtOrAfter(sorted, idOf, id)];
    if (relation?.id === id) found.push(relation);
  }
  return found;
}

const idOf = (relation: Relation) => relation.id;

function reachOf(stale: AnalysisGraph, changes: RecordChanges): { reach: Reach; touched: TouchedRecords } {
  const ids = new Set(changes.relationIds);
  const before = relationsWithIds(stale.subgraph.relations, ids);
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

/** One step of `analysisGraphAfter`: the graph it started from, how far its writes reached and how many records they touched. */
interface Step {
  from: WeakRef<AnalysisGraph>;
  reach: Reach;
  touched: number;
}

/**
 * How many steps back `changesSince` can look. A graph remembers the graphs it came from only
 * weakly and only this far: holding each one strongly kept every version of the region since the
 * last full build alive (at 50,000 actors about 10 MB more per new tie), and made every major
 * collection slower.
 */
const rememberedSteps = 32;

/** Each graph made by `analysisGraphAfter`: its last steps, the latest last. */
const derivations = new WeakMap<AnalysisGraph, readonly Step[]>();

/**
 * The analysis graph of `region`, the region of `stale` after `changes`: the same as
 * `buildAnalysisGraph(region)`, taking over what the writes cannot have changed (the network after
 * records only, the untouched ties after ties; see `withEditedRecords` and `withChangedTies`).
 */
export function analysisGraphAfter(stale: AnalysisGraph, region: Subgraph, changes: RecordChanges): AnalysisGraph {
  const { reach, touched } = reachOf(stale, changes);
  const ag = reach === 'records' ? withEditedRecords(stale, region, touched) : reach === 'ties' ? withChangedTies(stale, region, touched) : buildAnalysisGraph(region);
  const step: Step = { from: new WeakRef(stale), reach, touched: changes.actorIds.length + changes.relationIds.length };
  derivations.set(ag, [...(derivations.get(stale) ?? []).slice(1 - rememberedSteps), step]);
  return ag;
}

/**
 * How far the writes between `earlier` and `ag` reached and how many records they touched, when
 * `ag` was made from `earlier` by `analysisGraphAfter` in at most `rememberedSteps` steps; null
 * otherwise (then the caller builds afresh).
 */
export function changesSince(ag: AnalysisGraph, earlier: AnalysisGraph): { reach: Reach; touched: number } | null {
  if (ag === earlier) return { reach: 'records', touched: 0 };
  const steps = derivations.get(ag) ?? [];
  let reach: Reach = 'records';
  let touched = 0;
  for (let k = steps.length - 1; k >= 0; k--) {
    const step = steps[k] as Step;
    if (order.indexOf(step.reach) > order.indexOf(reach)) reach = step.reach;
    touched += step.touched;
    // `earlier` is held by the caller, so its weak reference still answers if it is on the path.
    if (step.from.deref() === earlier) return { reach, touched };
  }
  return null;
}
