import { describe, expect, it } from 'vitest';
import {
  ValidationError,
  checkRelationEndpoints,
  deriveRelationId,
  lifeDomainNames,
  relationKinds,
  targetGroupNames,
  validateGraphDocument,
  type GraphDocument,
} from '@weefsel/graph-schema';
import { collaborationGraph } from '../testing/network-checks';
import { generateGraph } from './generate-graph';
import type { GenerateOptions } from './generate-options';

const small = { seed: 7, actors: 3000, relations: 15_000 } as const;
const doc = generateGraph(small);
const kindOf = new Map(doc.actors.map((a) => [a.id, a.kind]));
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
const bySource = groupBy(doc.relations, (r) => r.source);
const outgoing = (id: string, kind: string) => (bySource.get(id) ?? []).filter((r) => r.kind === kind);

function issuesOf(options: GenerateOptions) {
  try {
    generateGraph(options);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

/** The municipality each node sits in, following the placement it was generated with. */
function homeMunicipalities(graph: GraphDocument): Map<string, string> {
  const up = new Map<string, string>();
  for (const r of graph.relations) {
    if (r.kind === 'PART_OF' || r.kind === 'LOCATED_IN') up.set(r.source, r.target);
  }
  const home = new Map<string, string>();
  for (const actor of graph.actors) {
    let at: string | undefined = actor.id;
    while (at && kindOf.get(at) !== 'Municipality') at = up.get(at);
    if (at) home.set(actor.id, at);
  }
  return home;
}

describe('generateGraph', () => {
  it('gives byte-identical output for the same seed and different output for another', () => {
    expect(JSON.stringify(generateGraph(small))).toBe(JSON.stringify(doc));
    expect(JSON.stringify(generateGraph({ ...small, seed: 8 }))).not.toBe(JSON.stringify(doc));
  });

  it.each([
    { seed: 1, actors: 2, relations: 1 },
    { seed: 2, actors: 120, relations: 119 },
    { seed: 3, actors: 500, relations: 2500, careZones: 3, municipalities: 12 },
    { seed: 4, actors: 1500, relations: 9000, careZones: 1, municipalities: 1 },
  ])('meets the requested sizes exactly: $actors actors, $relations relations', (options) => {
    const graph = generateGraph(options);
    expect(graph.actors).toHaveLength(options.actors);
    expect(graph.relations).toHaveLength(options.relations);
    const kinds = new Map(graph.actors.map((a) => [a.id, a.kind]));
    expect(checkRelationEndpoints(validateGraphDocument(graph).relations, (id) => kinds.get(id))).toEqual([]);
  });

  it('produces a valid document: schema, endpoint kinds, unique ids derived like the store derives them', () => {
    const valid = validateGraphDocument(doc);
    expect(checkRelationEndpoints(valid.relations, (id) => kindOf.get(id))).toEqual([]);
    expect(new Set(doc.actors.map((a) => a.id)).size).toBe(doc.actors.length);
    for (const r of doc.relations) expect(r.id).toBe(deriveRelationId(r.kind, r.source, r.target));
    // Undirected ties must not repeat the other way round either.
    const keys = new Set(doc.relations.map((r) => deriveRelationId(r.kind, r.target, r.source)));
    expect(keys.size).toBe(doc.relations.length);
  });

  it('builds the area structure: every municipality in one care zone, every neighbourhood in one municipality', () => {
    const zones = doc.actors.filter((a) => a.kind === 'CareZone');
    const municipalities = doc.actors.filter((a) => a.kind === 'Municipality');
    // 3,000 actors scale Flanders' 300 municipalities and 60 zones down to 18 and 4.
    expect(municipalities).toHaveLength(18);
    expect(zones).toHaveLength(4);
    for (const m of municipalities) expect(outgoing(m.id, 'MEMBER_OF').map((r) => kindOf.get(r.target))).toEqual(['CareZone']);
    const zonesUsed = new Set(doc.relations.filter((r) => r.kind === 'MEMBER_OF' && kindOf.get(r.source) === 'Municipality').map((r) => r.target));
    expect(zonesUsed.size).toBe(zones.length);
    for (const n of doc.actors.filter((a) => a.kind === 'Neighbourhood')) {
      expect(outgoing(n.id, 'PART_OF').map((r) => kindOf.get(r.target))).toEqual(['Municipality']);
    }
  });

  it('places every actor once, and gives every project one penhouder', () => {
    for (const actor of doc.actors) {
      if (actor.kind === 'Organisation' || actor.kind === 'CitizenInitiative' || actor.kind === 'Project') {
        expect(outgoing(actor.id, 'LOCATED_IN'), actor.id).toHaveLength(1);
      }
      if (actor.kind === 'TransitionManager') {
        expect(outgoing(actor.id, 'ACTIVE_IN').some((r) => kindOf.get(r.target) === 'CareZone')).toBe(true);
        expect(actor.contact?.email).toMatch(/@example\.org$/);
      }
    }
    const leads = groupBy(doc.relations.filter((r) => r.kind === 'LEAD_OF'), (r) => r.target);
    for (const project of doc.actors.filter((a) => a.kind === 'Project')) expect(leads.get(project.id), project.id).toHaveLength(1);
  });

  it('keeps most ties local, skews the degrees and leaves a few actors isolated', () => {
    const home = homeMunicipalities(doc);
    const ties = doc.relations.filter((r) => relationKinds[r.kind].tie === 'collaboration');
    const local = ties.filter((r) => home.get(r.source) !== undefined && home.get(r.source) === home.get(r.target));
    expect(local.length / ties.length).toBeGreaterThan(0.5);
    expect(local.length / ties.length).toBeLessThan(0.95);
    const graph = collaborationGraph(doc);
    const degrees = doc.actors.filter((a) => a.kind !== 'Neighbourhood').map((a) => graph.get(a.id)?.size ?? 0).sort((a, b) => a - b);
    const median = degrees[Math.floor(degrees.length / 2)] as number;
    expect(degrees[degrees.length - 1]).toBeGreaterThanOrEqual(4 * median);
    const isolated = doc.actors.filter((a) => a.kind !== 'Neighbourhood' && graph.get(a.id)?.size === 0);
    expect(isolated.length).toBeGreaterThan(0);
    expect(isolated.length / degrees.length).toBeLessThan(0.05);
  });

  it('draws plausible domains and target groups, all of them', () => {
    expect(new Set(doc.actors.flatMap((a) => a.domains ?? [])).size).toBe(lifeDomainNames.length);
    expect(new Set(doc.actors.flatMap((a) => a.targetGroups ?? [])).size).toBe(targetGroupNames.length);
    const schools = doc.actors.filter((a) => a.name.startsWith('Basisschool '));
    expect(schools.length).toBeGreaterThan(0);
    for (const school of schools) expect(school.domains).toContain('EDUCATION');
  });

  it('spreads dates over every year of the period, within it, some ended', () => {
    const graph = generateGraph({ seed: 3, actors: 2000, relations: 10_000, startYear: 2015, endYear: 2020 });
    const dates = graph.relations.flatMap((r) => [r.since, r.until]).filter((d): d is string => Boolean(d));
    expect(dates.every((d) => d >= '2015-01-01' && d <= '2020-12-31')).toBe(true);
    expect(new Set(graph.relations.map((r) => r.since?.slice(0, 4)).filter(Boolean))).toEqual(new Set(['2015', '2016', '2017', '2018', '2019', '2020']));
    const ended = graph.relations.filter((r) => r.until).length / graph.relations.length;
    expect(ended).toBeGreaterThan(0.05);
    expect(ended).toBeLessThan(0.3);
  });

  it('rejects impossible sizes naming the option', () => {
    expect(issuesOf({ seed: 1, actors: 100, relations: 10 })[0]?.path).toBe('relations');
    expect(issuesOf({ seed: 1, careZones: 5, municipalities: 3, actors: 100 })[0]?.path).toBe('municipalities');
    expect(issuesOf({ seed: 1, actors: 1.5 }).map((i) => i.path)).toContain('actors');
    expect(issuesOf({ seed: 1, actors: 100, startYear: 2024, endYear: 2020 })[0]?.path).toBe('endYear');
    // Twenty actors cannot hold 2,000 distinct ties.
    expect(issuesOf({ seed: 1, actors: 20, relations: 2000 })[0]?.message).toMatch(/fewer relations or more actors/);
  });
});
