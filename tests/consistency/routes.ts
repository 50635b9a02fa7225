import { collaborationKinds, relationKinds, type NodeKind, type RelationKind, type RelationStatus } from '@weefsel/graph-schema';
import { expect } from 'vitest';
import { gql } from '../support/test-app';

/**
 * One fact, asked through every API route that shows it. Each function returns what the route
 * answers, reduced to plain ids and numbers, so a test can compare the routes with `toEqual`.
 * `day` undefined asks without a date, as the web does by default.
 */

export interface Rel {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  since: string | null;
  until: string | null;
  status: RelationStatus;
}

export interface NetworkRead {
  asOf: string | null;
  nodes: { id: string; kind: NodeKind; boundary: boolean }[];
  relations: Rel[];
}

/** Kinds that can hold a collaboration tie: the nodes of every analysis (neighbourhoods cannot). */
const tieKinds = new Set<NodeKind>(collaborationKinds.flatMap((k) => [...relationKinds[k].sources, ...relationKinds[k].targets]));

/** The server's "today": the calendar day in Brussels, computed here independently of the API. */
export function brusselsToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** One query as the test viewer, failing the test on any GraphQL error: every route of this suite asks through it. */
export async function ask<T>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(url, query, variables, { as: 'viewer' });
  expect(res.errors, query).toBeUndefined();
  return res.data as T;
}

const scopeOf = (areaId: string | null) => (areaId ? { areaId } : null);
const relFields = 'id kind source target since until status';

export async function readNetwork(url: string, areaId: string | null, day: string | undefined): Promise<NetworkRead> {
  const data = await ask<{ network: NetworkRead }>(
    url,
    `query ($scope: ScopeInput, $asOf: Date) { network(scope: $scope, asOf: $asOf) { asOf nodes { id kind boundary } relations { ${relFields} } } }`,
    { scope: scopeOf(areaId), asOf: day ?? null },
  );
  return data.network;
}

/** A relation the analysis counts as a tie: collaboration, not planned, not ended. */
export function countsAsTie(r: Rel): boolean {
  return relationKinds[r.kind].tie === 'collaboration' && r.status !== 'PLANNED' && r.status !== 'ENDED';
}

/** Distinct tie partners of every node that can hold ties, from a network read. */
export function partnersInNetwork(network: NetworkRead): Map<string, Set<string>> {
  const partners = new Map(network.nodes.filter((n) => tieKinds.has(n.kind)).map((n) => [n.id, new Set<string>()]));
  for (const r of network.relations.filter(countsAsTie)) {
    if (r.source === r.target || !partners.has(r.source) || !partners.has(r.target)) continue;
    partners.get(r.source)?.add(r.target);
    partners.get(r.target)?.add(r.source);
  }
  return partners;
}

export const relationKindOf = (r: Rel) => relationKinds[r.kind].tie;

/** Inside actors that can hold ties: what networkMetrics counts as actors. */
export function insideTieActors(network: NetworkRead): string[] {
  return network.nodes.filter((n) => !n.boundary && tieKinds.has(n.kind)).map((n) => n.id);
}

/** Inside actors without any tie, as the map's data shows them. */
export function isolatedInNetwork(network: NetworkRead): string[] {
  const partners = partnersInNetwork(network);
  const inside = new Set(network.nodes.filter((n) => !n.boundary).map((n) => n.id));
  return [...partners].filter(([id, each]) => inside.has(id) && each.size === 0).map(([id]) => id).sort();
}

/** Actor pairs with a tie, as networkMetrics counts them. */
export function tieCountInNetwork(network: NetworkRead): number {
  return [...partnersInNetwork(network).values()].reduce((sum, each) => sum + each.size, 0) / 2;
}

export async function isolatedByGaps(url: string, areaId: string | null, day: string | undefined): Promise<{ asOf: string | null; ids: string[] }> {
  const data = await ask<{ gaps: { asOf: string | null; gaps: { actors: { id: string }[] }[] } }>(
    url,
    `query ($scope: ScopeInput, $asOf: Date) { gaps(scope: $scope, asOf: $asOf, kinds: [ISOLATED_ACTOR]) { asOf gaps { actors { id } } } }`,
    { scope: scopeOf(areaId), asOf: day ?? null },
  );
  return { asOf: data.gaps.asOf, ids: data.gaps.gaps.map((g) => g.actors[0]?.id as string).sort() };
}

export interface MetricsRead {
  asOf: string | null;
  isolatedCount: number;
  tieCount: number;
  degrees: Map<string, number>;
  /** Louvain community by actor, as the metrics number it (the actor panel shows it plus one). */
  communities: Map<string, number>;
  isolated: string[];
}

export async function readMetrics(url: string, areaId: string | null, day: string | undefined): Promise<MetricsRead> {
  type Answer = { asOf: string | null; summary: { isolatedCount: number; tieCount: number }; actors: { actor: { id: string; boundary: boolean }; degree: number; community: number }[] };
  const data = await ask<{ networkMetrics: Answer }>(
    url,
    `query ($scope: ScopeInput, $asOf: Date) { networkMetrics(scope: $scope, asOf: $asOf) { asOf summary { isolatedCount tieCount } actors { actor { id boundary } degree community } } }`,
    { scope: scopeOf(areaId), asOf: day ?? null },
  );
  const m = data.networkMetrics;
  return {
    asOf: m.asOf,
    isolatedCount: m.summary.isolatedCount,
    tieCount: m.summary.tieCount,
    degrees: new Map(m.actors.map((a) => [a.actor.id, a.degree])),
    communities: new Map(m.actors.map((a) => [a.actor.id, a.community])),
    isolated: m.actors.filter((a) => !a.actor.boundary && a.degree === 0).map((a) => a.actor.id).sort(),
  };
}

/** The partners the actor panel's *Show partners* adds: the actor's ego network of depth 1. */
export async function partnersByEgo(url: string, actorId: string, day: string | undefined): Promise<string[]> {
  const data = await ask<{ egoNetwork: NetworkRead }>(
    url,
    `query ($id: ID!, $asOf: Date) { egoNetwork(actorId: $id, depth: 1, asOf: $asOf) { asOf nodes { id kind boundary } relations { ${relFields} } } }`,
    { id: actorId, asOf: day ?? null },
  );
  return [...(partnersInNetwork(data.egoNetwork).get(actorId) ?? [])].sort();
}

export async function readSpanners(url: string, areaId: string | null, day: string | undefined): Promise<{ id: string; degree: number }[]> {
  const data = await ask<{ boundarySpanners: { actor: { id: string }; degree: number }[] }>(
    url,
    `query ($scope: ScopeInput, $asOf: Date) { boundarySpanners(scope: $scope, asOf: $asOf, minDomains: 2) { actor { id } degree } }`,
    { scope: scopeOf(areaId), asOf: day ?? null },
  );
  return data.boundarySpanners.map((s) => ({ id: s.actor.id, degree: s.degree }));
}

export interface ChangesRead {
  tiesAdded: string[];
  tiesEnded: string[];
  actorsJoined: string[];
  actorsLeft: string[];
  before: { actorCount: number; tieCount: number; isolatedCount: number };
  after: { actorCount: number; tieCount: number; isolatedCount: number };
}

export async function readChanges(url: string, areaId: string | null, from: string, to: string): Promise<ChangesRead> {
  type Answer = Omit<ChangesRead, 'tiesAdded' | 'tiesEnded' | 'actorsJoined' | 'actorsLeft'> & Record<'tiesAdded' | 'tiesEnded' | 'actorsJoined' | 'actorsLeft', { id: string }[]>;
  const figures = 'actorCount tieCount isolatedCount';
  const data = await ask<{ networkChanges: Answer }>(
    url,
    `query ($scope: ScopeInput, $from: Date!, $to: Date!) { networkChanges(scope: $scope, from: $from, to: $to) {
      tiesAdded { id } tiesEnded { id } actorsJoined { id } actorsLeft { id } before { ${figures} } after { ${figures} } } }`,
    { scope: scopeOf(areaId), from, to },
  );
  const c = data.networkChanges;
  const ids = (list: { id: string }[]) => list.map((each) => each.id).sort();
  return { ...c, tiesAdded: ids(c.tiesAdded), tiesEnded: ids(c.tiesEnded), actorsJoined: ids(c.actorsJoined), actorsLeft: ids(c.actorsLeft) };
}

export interface RecommendationRead {
  asOf: string | null;
  candidate: string;
  sharedPartners: string[];
}

export async function readRecommendations(url: string, actorId: string, day: string | undefined): Promise<RecommendationRead[]> {
  const data = await ask<{ recommendPartners: { asOf: string | null; actor: { id: string }; sharedPartners: { id: string }[] }[] }>(
    url,
    `query ($id: ID!, $asOf: Date) { recommendPartners(actorId: $id, asOf: $asOf, limit: 10) { asOf actor { id } sharedPartners { id } } }`,
    { id: actorId, asOf: day ?? null },
  );
  return data.recommendPartners.map((r) => ({ asOf: r.asOf, candidate: r.actor.id, sharedPartners: r.sharedPartners.map((p) => p.id).sort() }));
}

/** How many actors the `actors` list finds in an area (the area included): the search and pickers' route. */
export async function actorsInArea(url: string, areaId: string, day: string | undefined): Promise<number> {
  const data = await ask<{ actors: { total: number } }>(url, `query ($areaId: ID, $asOf: Date) { actors(filter: { areaId: $areaId }, asOf: $asOf, limit: 1) { total } }`, {
    areaId,
    asOf: day ?? null,
  });
  return data.actors.total;
}
