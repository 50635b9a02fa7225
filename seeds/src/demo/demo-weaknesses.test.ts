import { describe, expect, it } from 'vitest';
import { relationKinds } from '@weefsel/graph-schema';
import { articulationPoints, collaborationGraph, components, isFormal, scopeMembers } from '../testing/network-checks';
import { demoGraph } from './demo-graph';

/** The deliberate weaknesses listed in seeds/README.md, computed from the data rather than assumed. */
const doc = demoGraph();
const byId = new Map(doc.actors.map((a) => [a.id, a]));
const graph = collaborationGraph(doc);
const idsOfKind = (kind: string) => doc.actors.filter((a) => a.kind === kind).map((a) => a.id);
const mainComponent = () => components(graph).sort((a, b) => b.size - a.size)[0] as Set<string>;

describe('demo weaknesses', () => {
  it('has citizens initiatives without any collaboration tie, and no others', () => {
    const isolated = idsOfKind('CitizenInitiative').filter((id) => graph.get(id)?.size === 0);
    expect(isolated.sort()).toEqual(['ini-breigroep-woumen', 'ini-repair-cafe-sint-kruis', 'ini-repair-cafe-stene', 'ini-wandelclub-lissewege']);
    // They are on the map (placed in a neighbourhood), just not in the network.
    for (const id of isolated) expect(doc.relations.some((r) => r.source === id && relationKinds[r.kind].placesIn)).toBe(true);
  });

  it('has a busy neighbourhood without any housing actor: Kristus-Koning', () => {
    const lacking = idsOfKind('Neighbourhood').filter((nbh) => {
      const actors = [...scopeMembers(doc, nbh)].filter((id) => id !== nbh);
      return actors.length >= 4 && !actors.some((id) => byId.get(id)?.domains?.includes('HOUSING'));
    });
    expect(lacking).toEqual(['nbh-brugge-kristus-koning']);
    expect(scopeMembers(doc, 'nbh-brugge-kristus-koning')).toContain('prj-zb-kristus-koning');
  });

  it('hangs the Diksmuide farmers cluster on one broker, the Sociaal Huis', () => {
    for (const asOf of [undefined, '2020-06-01', '2023-06-01', '2025-06-01']) {
      const ties = collaborationGraph(doc, asOf);
      expect(articulationPoints(ties)).toContain('org-sociaal-huis-diksmuide');
      const parts = components(ties, 'org-sociaal-huis-diksmuide');
      const farmers = parts.find((c) => c.has('prj-landbouwers-diksmuide')) as Set<string>;
      const rest = parts.find((c) => c.has('org-caw-nwvl')) as Set<string>;
      expect(farmers).not.toBe(rest);
      expect(farmers.size).toBeGreaterThanOrEqual(5);
      expect(rest.size).toBeGreaterThanOrEqual(100);
      for (const id of farmers) expect(byId.get(id)?.targetGroups, id).toContain('VULNERABLE_FARMERS');
    }
    // With the broker in place, the cluster belongs to the main network.
    expect(mainComponent()).toContain('prj-landbouwers-diksmuide');
  });

  it('has informal initiatives that work together but have no tie to formal care', () => {
    const informalOnly = components(graph).filter((c) => c.size > 1 && [...c].every((id) => !isFormal(doc, id)));
    expect(informalOnly.map((c) => [...c].sort())).toEqual([['ini-breicafe-raversijde', 'ini-burenkring-raversijde', 'ini-koffieklets-zandvoorde']]);
  });

  it('has a municipality with a sparse network: Zuienkerke', () => {
    const collaboration = doc.relations.filter((r) => relationKinds[r.kind].tie === 'collaboration');
    const sizes = idsOfKind('Municipality').map((id) => {
      const members = scopeMembers(doc, id);
      const ties = collaboration.filter((r) => members.has(r.source) || members.has(r.target)).length;
      return { id, actors: members.size, ties };
    });
    const sparsest = [...sizes].sort((a, b) => a.ties - b.ties || a.actors - b.actors);
    expect(sparsest[0]).toEqual({ id: 'mun-zuienkerke', actors: 2, ties: 1 });
    expect(sparsest[1]?.ties).toBeGreaterThanOrEqual(3);
    const median = sparsest[Math.floor(sparsest.length / 2)] as { ties: number };
    expect(median.ties).toBeGreaterThanOrEqual(5);
    // Its one tie does not even reach the regional network.
    expect(mainComponent().has('mun-zuienkerke')).toBe(false);
  });
});
