import { relationKinds, tieCountsOn, type Relation } from '@weefsel/graph-schema';
import type { AnalysisGraph } from './analysis-graph';
import { defaultAnalysisOptions, type AnalysisOptions } from './analysis-options';
import { networkMetrics, type ActorMetrics, type ScopeMetrics } from './metrics';

/** A scope-level figure on both dates. */
export interface MetricDelta {
  metric: keyof ScopeMetrics;
  before: number | null;
  after: number | null;
  /** after - before; null when either is null (e.g. path length of a disconnected network). */
  change: number | null;
}

/** An actor whose number of partners changed. */
export interface ActorChange {
  actorId: string;
  degreeBefore: number;
  degreeAfter: number;
  betweennessBefore: number;
  betweennessAfter: number;
}

export interface NetworkChanges {
  /** Collaboration relations active on `to` that were not active on `from`. */
  tiesAdded: Relation[];
  /** Collaboration relations active on `from` that are no longer active on `to`. */
  tiesEnded: Relation[];
  /**
   * The latest day a collaboration relation of the scope still active on `to` began (null: none is
   * dated): where nothing changed between the two days, it says when something last did.
   */
  latestTieStart: string | null;
  /** Inside actors on `to` that were not inside on `from` (placement changed), and the reverse. */
  actorsJoined: string[];
  actorsLeft: string[];
  before: ScopeMetrics;
  after: ScopeMetrics;
  deltas: MetricDelta[];
  actorChanges: ActorChange[];
}

/**
 * What changed in a scope between two dates, from its network as it stood on each. A relation that
 * only appears because an actor moved into the area is not a new tie: ties count as added or ended
 * by their dates and those of their two actors (`tieCountsOn`: a tie of a project that ended ended
 * with it, though its own record runs on).
 */
export function networkChanges(
  before: AnalysisGraph,
  after: AnalysisGraph,
  dates: { from: string; to: string },
  options: AnalysisOptions = defaultAnalysisOptions,
): NetworkChanges {
  const collaboration = (r: Relation) => relationKinds[r.kind].tie === 'collaboration';
  const insideIds = (ag: AnalysisGraph) => new Set(ag.subgraph.nodes.filter((n) => !n.boundary).map((n) => n.id));
  const [was, is] = [insideIds(before), insideIds(after)];
  const metricsBefore = networkMetrics(before, options);
  const metricsAfter = networkMetrics(after, options);
  const actor = actorsOf(before, after);
  const countsOn = (r: Relation, day: string) => tieCountsOn(r, actor(r.source), actor(r.target), day);
  return {
    tiesAdded: after.subgraph.relations.filter((r) => collaboration(r) && !countsOn(r, dates.from)),
    tiesEnded: before.subgraph.relations.filter((r) => collaboration(r) && !countsOn(r, dates.to)),
    latestTieStart: latestStart(after.subgraph.relations.filter((r) => collaboration(r) && countsOn(r, dates.to)), actor),
    actorsJoined: [...is].filter((id) => !was.has(id)),
    actorsLeft: [...was].filter((id) => !is.has(id)),
    before: metricsBefore.scope,
    after: metricsAfter.scope,
    deltas: deltasOf(metricsBefore.scope, metricsAfter.scope),
    actorChanges: actorChangesOf(metricsBefore.actors, metricsAfter.actors),
  };
}

/** An actor's own days, read from either network (every tie's actors are in its network). */
function actorsOf(before: AnalysisGraph, after: AnalysisGraph): (id: string) => { since: string | null; until: string | null } {
  const actors = new Map([...before.subgraph.nodes, ...after.subgraph.nodes].map((actor) => [actor.id, actor]));
  const unknown = { since: null, until: null };
  return (id) => actors.get(id) ?? unknown;
}

/** The day a tie began to count: its own start, or the later start of one of its actors. */
function latestStart(relations: readonly Relation[], actor: (id: string) => { since: string | null }): string | null {
  let latest: string | null = null;
  for (const r of relations) {
    for (const since of [r.since, actor(r.source).since, actor(r.target).since]) if (since !== null && (latest === null || since > latest)) latest = since;
  }
  return latest;
}

function deltasOf(before: ScopeMetrics, after: ScopeMetrics): MetricDelta[] {
  return (Object.keys(before) as (keyof ScopeMetrics)[])
    .filter((metric) => typeof before[metric] !== 'boolean')
    .map((metric) => {
      const b = before[metric] as number | null;
      const a = after[metric] as number | null;
      return { metric, before: b, after: a, change: a === null || b === null ? null : a - b };
    });
}

/** Inside actors (on either date) whose number of partners changed, biggest change first. */
function actorChangesOf(before: ActorMetrics[], after: ActorMetrics[]): ActorChange[] {
  const was = new Map(before.map((a) => [a.actorId, a]));
  const is = new Map(after.map((a) => [a.actorId, a]));
  const ids = new Set([...was.keys(), ...is.keys()]);
  return [...ids]
    .filter((id) => was.get(id)?.boundary === false || is.get(id)?.boundary === false)
    .map((actorId) => ({
      actorId,
      degreeBefore: was.get(actorId)?.degree ?? 0,
      degreeAfter: is.get(actorId)?.degree ?? 0,
      betweennessBefore: was.get(actorId)?.betweenness ?? 0,
      betweennessAfter: is.get(actorId)?.betweenness ?? 0,
    }))
    .filter((c) => c.degreeBefore !== c.degreeAfter)
    .sort((a, b) => Math.abs(b.degreeAfter - b.degreeBefore) - Math.abs(a.degreeAfter - a.degreeBefore) || a.actorId.localeCompare(b.actorId));
}
