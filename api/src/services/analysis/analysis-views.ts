import type { NodeKind, Relation, ScopedActor, Subgraph } from '@weefsel/graph-schema';
import type { AnalysisGraph } from '../../analysis/analysis-graph';
import type { BoundarySpanner } from '../../analysis/boundary-spanners';
import type { Gap, GapKind } from '../../analysis/gaps/gap';
import { gapKindNames } from '../../analysis/gaps/gap';
import type { ActorMetrics, NetworkMetrics, ScopeMetrics } from '../../analysis/metrics';
import type { ActorChange, NetworkChanges } from '../../analysis/network-changes';
import type { ScopeProfile } from '../../analysis/scope-profile';
import { shortestPath } from '../../analysis/shortest-path';

/** Which network an answer is about. */
export interface ScopeHeader {
  areaId: string | null;
  areaKind: NodeKind | null;
  asOf: string | null;
}

export interface LayoutView extends ScopeHeader {
  /** False when the scope is at most `minElements` large and no positions were computed. */
  computed: boolean;
  /** The positions are the scope's kept picture (see PositionStore); new actors were placed near their partners. */
  kept: boolean;
  positions: { actorId: string; x: number; y: number; pinned: boolean }[];
}

export interface MetricsView extends ScopeHeader {
  summary: ScopeMetrics;
  actors: (ActorMetrics & { actor: ScopedActor })[];
}

export interface GapView extends Gap {
  actors: ScopedActor[];
  areas: ScopedActor[];
  relations: Relation[];
}

export interface GapsView extends ScopeHeader {
  gaps: GapView[];
  counts: { kind: GapKind; count: number }[];
}

export interface SpannerView extends BoundarySpanner {
  actor: ScopedActor;
}

export function headerOf(subgraph: Subgraph): ScopeHeader {
  return { areaId: subgraph.areaId, areaKind: subgraph.areaKind, asOf: subgraph.asOf };
}

/** Looks ids up in the scope: answers carry actor and relation objects, not bare ids. */
export function lookup(ag: AnalysisGraph) {
  const relations = new Map(ag.subgraph.relations.map((r) => [r.id, r]));
  const actors = (ids: readonly string[]) => ids.flatMap((id) => ag.actors.get(id) ?? []);
  return { actors, relations: (ids: readonly string[]) => ids.flatMap((id) => relations.get(id) ?? []) };
}

export function metricsView(ag: AnalysisGraph, metrics: NetworkMetrics): MetricsView {
  const actors = metrics.actors
    .map((m) => ({ ...m, actor: ag.actors.get(m.actorId) as ScopedActor }))
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.actorId.localeCompare(b.actorId));
  return { ...headerOf(ag.subgraph), summary: metrics.scope, actors };
}

export function gapsView(ag: AnalysisGraph, gaps: Gap[]): GapsView {
  const find = lookup(ag);
  const views = gaps.map((g) => ({ ...g, actors: find.actors(g.actorIds), areas: find.actors(g.areaIds), relations: find.relations(g.relationIds) }));
  const counts = gapKindNames.map((kind) => ({ kind, count: gaps.filter((g) => g.kind === kind).length }));
  return { ...headerOf(ag.subgraph), gaps: views, counts };
}

export function spannersView(ag: AnalysisGraph, spanners: BoundarySpanner[]): SpannerView[] {
  return spanners.map((s) => ({ ...s, actor: ag.actors.get(s.actorId) as ScopedActor }));
}

export interface PathView {
  /** Number of ties on the path. */
  length: number;
  actors: ScopedActor[];
  steps: { from: ScopedActor; to: ScopedActor; relations: Relation[] }[];
}

export function pathView(ag: AnalysisGraph, from: string, to: string): PathView | null {
  const path = shortestPath(ag, from, to);
  if (!path) return null;
  const actors = path.actorIds.map((id) => ag.actors.get(id) as ScopedActor);
  const steps = path.steps.map((relations, i) => ({ from: actors[i] as ScopedActor, to: actors[i + 1] as ScopedActor, relations }));
  return { length: steps.length, actors, steps };
}

export interface ComparisonView extends ScopeHeader, ScopeProfile {
  area: ScopedActor | null;
}

export function comparisonView(ag: AnalysisGraph, profile: ScopeProfile): ComparisonView {
  const area = ag.subgraph.areaId ? (ag.actors.get(ag.subgraph.areaId) ?? null) : null;
  return { ...headerOf(ag.subgraph), area, ...profile };
}

export interface ChangesView extends Omit<NetworkChanges, 'actorsJoined' | 'actorsLeft' | 'actorChanges'> {
  areaId: string | null;
  areaKind: NodeKind | null;
  from: string;
  to: string;
  actorsJoined: ScopedActor[];
  actorsLeft: ScopedActor[];
  actorChanges: (ActorChange & { actor: ScopedActor })[];
}

export function changesView(before: AnalysisGraph, after: AnalysisGraph, changes: NetworkChanges, dates: { from: string; to: string }): ChangesView {
  const actor = (id: string) => (after.actors.get(id) ?? before.actors.get(id)) as ScopedActor;
  return {
    ...changes,
    areaId: after.subgraph.areaId,
    areaKind: after.subgraph.areaKind,
    ...dates,
    actorsJoined: changes.actorsJoined.map(actor),
    actorsLeft: changes.actorsLeft.map(actor),
    actorChanges: changes.actorChanges.map((c) => ({ ...c, actor: actor(c.actorId) })),
  };
}
