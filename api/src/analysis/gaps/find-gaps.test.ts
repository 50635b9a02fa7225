import type { Relation, ScopedActor, Subgraph } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../analysis-graph';
import { actor, relation } from '../fixtures/classic-graphs';
import { wholeSubgraph } from '../fixtures/demo-subgraph';
import { gapKindNames } from '@weefsel/graph-schema';
import { defaultAnalysisOptions } from '../analysis-options';
import { findGaps, gapDetectors } from './find-gaps';
import { gapContext } from './gap-context';
import type { Gap, GapKind } from './gap';

/**
 * A neighbourhood scope: nbh (in municipality mun, outside the scope) with a care organisation,
 * initiatives and two outside partners (boundary).
 */
function neighbourhoodScope(): Subgraph {
  const inside: ScopedActor[] = [
    actor('nbh', { kind: 'Neighbourhood', name: 'Wijk' }),
    actor('care', { name: 'Thuiszorg', domains: ['CARE', 'WELFARE'], targetGroups: ['OLDER_PEOPLE_ALONE'] }),
    actor('school', { name: 'School', domains: ['EDUCATION'], targetGroups: ['CHILDREN_0_12'] }),
    actor('police', { name: 'Politie', domains: ['SAFETY'] }),
    actor('linked', { kind: 'CitizenInitiative', name: 'Burenhulp', formal: false, domains: ['WELFARE'] }),
    actor('alone', { kind: 'CitizenInitiative', name: 'Breiclub', formal: false, domains: ['LEISURE'] }),
    actor('outward', { kind: 'CitizenInitiative', name: 'Fietsclub', formal: false, domains: ['MOBILITY'] }),
    actor('pair1', { kind: 'CitizenInitiative', name: 'Koffieklets', formal: false, domains: ['WELFARE'] }),
    actor('pair2', { kind: 'CitizenInitiative', name: 'Buurtfeest', formal: false, domains: ['LEISURE'] }),
  ];
  const boundary = [actor('caw', { name: 'CAW', boundary: true, domains: ['WELFARE'] }), actor('hospital', { name: 'AZ', boundary: true, domains: ['CARE'] })];
  const placed = inside.filter((a) => a.id !== 'nbh').map((a) => relation(a.id, 'nbh', { kind: 'LOCATED_IN' }));
  const ties: Relation[] = [
    relation('care', 'linked'),
    relation('care', 'school', { kind: 'REFERS_TO' }),
    relation('linked', 'school'),
    relation('police', 'care'),
    relation('police', 'school'),
    relation('outward', 'caw'),
    relation('care', 'hospital'),
    relation('pair1', 'pair2'),
  ];
  return { areaId: 'nbh', areaKind: 'Neighbourhood', asOf: null, nodes: [...inside, ...boundary], relations: [...placed, ...ties] };
}

const ofKind = (gaps: Gap[], kind: GapKind) => gaps.filter((g) => g.kind === kind);
const subjects = (gaps: Gap[], kind: GapKind) => ofKind(gaps, kind).map((g) => g.actorIds[0]).sort();

describe('gaps of a neighbourhood with outside partners', () => {
  const gaps = findGaps(buildAnalysisGraph(neighbourhoodScope()));

  it('reports isolated and single-tie actors, counting a tie to an outside partner as a tie', () => {
    expect(subjects(gaps, 'ISOLATED_ACTOR')).toEqual(['alone']);
    expect(subjects(gaps, 'PERIPHERAL_ACTOR')).toEqual(['outward', 'pair1', 'pair2']);
    const outward = ofKind(gaps, 'PERIPHERAL_ACTOR').find((g) => g.actorIds[0] === 'outward');
    expect(outward?.actorIds).toEqual(['outward', 'caw']);
    expect(outward?.relationIds).toEqual(['PARTNERS_WITH:outward:caw']);
    expect(outward?.areaIds).toEqual(['nbh']);
  });

  it('never makes a boundary partner the subject of a gap', () => {
    const boundarySubjects = gaps.filter((g) => g.actorIds[0] === 'caw' || g.actorIds[0] === 'hospital');
    expect(boundarySubjects).toEqual([]);
  });

  it('does not call an actor a single point of failure for holding an outside partner only', () => {
    // care is the only link of the hospital (a boundary leaf): no inside actor is cut off.
    expect(ofKind(gaps, 'ARTICULATION_POINT')).toEqual([]);
    expect(ofKind(gaps, 'BROKER_DEPENDENCE')).toEqual([]);
  });

  it('finds informal actors whose partners are all informal, and the detached pair', () => {
    expect(subjects(gaps, 'INFORMAL_WITHOUT_FORMAL')).toEqual(['pair1', 'pair2']);
    const fragments = ofKind(gaps, 'FRAGMENTATION');
    expect(fragments.map((g) => [...g.actorIds].sort())).toEqual([['pair1', 'pair2']]);
    // outward's only partner is formal (CAW, outside the area): not an informal-only actor.
    expect(subjects(gaps, 'INFORMAL_WITHOUT_FORMAL')).not.toContain('outward');
  });

  it('lists the formal actors with no informal partner in one gap', () => {
    expect(ofKind(gaps, 'FORMAL_WITHOUT_INFORMAL').map((g) => g.actorIds)).toEqual([['police']]);
  });

  it('lists the life domains and target groups nobody in the neighbourhood covers', () => {
    const [domains] = ofKind(gaps, 'DOMAIN_ABSENT');
    expect(domains?.areaIds).toEqual(['nbh']);
    expect(domains?.domains).toContain('HOUSING');
    expect(domains?.domains).not.toContain('CARE');
    expect(domains?.domains).not.toContain('MOBILITY');
    const [groups] = ofKind(gaps, 'TARGET_GROUP_UNSERVED');
    expect(groups?.targetGroups).toContain('POVERTY');
    expect(groups?.targetGroups).not.toContain('CHILDREN_0_12');
  });

  it('claims no lack where nothing is recorded, and says how many actors a lack is claimed without', () => {
    const scope = neighbourhoodScope();
    const blank = (a: ScopedActor): ScopedActor => (a.boundary || a.kind === 'Neighbourhood' ? a : { ...a, domains: [], targetGroups: [] });
    const unrecorded = findGaps(buildAnalysisGraph({ ...scope, nodes: scope.nodes.map(blank) }));
    const [domains] = ofKind(unrecorded, 'DOMAIN_ABSENT');
    expect(domains).toMatchObject({ severity: 'LOW', domains: [] });
    expect(domains?.explanation.nl).toBe('Van geen enkele actor in Wijk zijn levensdomeinen vastgelegd: welke er ontbreken, valt niet te zeggen. Vul ze aan om te zien wat het gebied dekt.');
    expect(domains?.explanation.en).toMatch(/^None of the actors in Wijk has its life domains recorded/);
    expect(ofKind(unrecorded, 'TARGET_GROUP_UNSERVED')[0]).toMatchObject({ severity: 'LOW', targetGroups: [] });
    expect(ofKind(unrecorded, 'DOMAIN_PAIR_UNLINKED')).toEqual([]);

    // Two of the eight without domains: the lack still holds for what is recorded, and says so.
    const partly = findGaps(buildAnalysisGraph({ ...scope, nodes: scope.nodes.map((a) => (a.id === 'police' || a.id === 'alone' ? { ...a, domains: [] } : a)) }));
    const [claimed] = ofKind(partly, 'DOMAIN_ABSENT');
    expect(claimed?.domains).toContain('HOUSING');
    expect(claimed?.explanation.nl).toMatch(/werkt rond .*\. Van 2 van de 8 actoren zijn geen levensdomeinen vastgelegd\.$/);
    expect(claimed?.explanation.en).toMatch(/2 of the 8 actors have no life domains recorded\.$/);
    // With every actor's domains recorded, the sentence stands alone.
    expect(ofKind(gaps, 'DOMAIN_ABSENT')[0]?.explanation.nl).not.toContain('vastgelegd');
  });

  it('reports domain pairs present in the scope that share no tie', () => {
    const pairs = ofKind(gaps, 'DOMAIN_PAIR_UNLINKED').map((g) => g.domains.join('+'));
    // Leisure (breiclub, buurtfeest) only meets welfare (koffieklets); education meets care, welfare and safety.
    expect(pairs).toContain('EDUCATION+LEISURE');
    expect(pairs).toContain('LEISURE+SAFETY');
    expect(pairs).not.toContain('WELFARE+LEISURE');
    expect(pairs).not.toContain('CARE+EDUCATION');
    expect(pairs).not.toContain('EDUCATION+SAFETY');
    // Pairs are named in graph-schema's domain order, and only domains that have actors count.
    expect(pairs.every((p) => !p.includes('HOUSING'))).toBe(true);
  });

  it('explains every gap in Dutch and English and sorts the most severe first', () => {
    for (const g of gaps) {
      expect(g.explanation.nl.length, g.id).toBeGreaterThan(20);
      expect(g.explanation.en.length, g.id).toBeGreaterThan(20);
      expect(g.explanation.nl).not.toBe(g.explanation.en);
    }
    const order = gaps.map((g) => g.severity);
    expect(order).toEqual([...order].sort((a, b) => ['HIGH', 'MEDIUM', 'LOW'].indexOf(a) - ['HIGH', 'MEDIUM', 'LOW'].indexOf(b)));
    expect(new Set(gaps.map((g) => g.id)).size).toBe(gaps.length);
  });

  it('filters by kind', () => {
    const only = findGaps(buildAnalysisGraph(neighbourhoodScope()), undefined, ['ISOLATED_ACTOR']);
    expect(only.map((g) => g.kind)).toEqual(['ISOLATED_ACTOR']);
  });
});

describe('gaps of the demo network (the deliberate weaknesses of seeds/README.md)', () => {
  const gaps = findGaps(buildAnalysisGraph(wholeSubgraph()));

  it('finds the isolated citizens initiatives', () => {
    expect(subjects(gaps, 'ISOLATED_ACTOR')).toEqual(['ini-breigroep-woumen', 'ini-repair-cafe-sint-kruis', 'ini-repair-cafe-stene', 'ini-wandelclub-lissewege']);
  });

  it('finds Kristus-Koning without a housing actor', () => {
    const gap = gaps.find((g) => g.id === 'DOMAIN_ABSENT:nbh-brugge-kristus-koning');
    expect(gap?.domains).toContain('HOUSING');
    expect(gap?.explanation.en).toContain('housing');
  });

  it('finds the Sociaal Huis Diksmuide as the broker of the farmers cluster', () => {
    const broker = gaps.find((g) => g.id === 'BROKER_DEPENDENCE:org-sociaal-huis-diksmuide');
    expect(broker?.severity).toBe('HIGH');
    expect(broker?.actorIds).toContain('prj-landbouwers-diksmuide');
    expect(broker?.affectedCount).toBeGreaterThanOrEqual(6);
  });

  it('finds the informal initiatives of Oostende without formal care, as a detached group', () => {
    const informal = ['ini-breicafe-raversijde', 'ini-burenkring-raversijde', 'ini-koffieklets-zandvoorde'];
    expect(subjects(gaps, 'INFORMAL_WITHOUT_FORMAL')).toEqual(expect.arrayContaining(informal));
    expect(ofKind(gaps, 'FRAGMENTATION').map((g) => [...g.actorIds].sort())).toContainEqual(informal);
  });

  it('finds the Zuienkerke pair cut off from the regional network', () => {
    const zuienkerke = ofKind(gaps, 'FRAGMENTATION').find((g) => g.actorIds.includes('mun-zuienkerke'));
    expect(zuienkerke?.actorIds).toHaveLength(2);
  });
});

describe('gap detectors', () => {
  it('cover every gap kind graph-schema names, each kind by exactly one detector', () => {
    const declared = gapDetectors.flatMap((detector) => detector.kinds);
    expect([...declared].sort()).toEqual([...gapKindNames].sort());
  });

  it('report only the kinds they declare, and every kind on the demo or the neighbourhood above', () => {
    const found = new Set<GapKind>();
    for (const scope of [wholeSubgraph(), neighbourhoodScope()]) {
      const ctx = gapContext(buildAnalysisGraph(scope), defaultAnalysisOptions);
      for (const detector of gapDetectors) {
        for (const gap of detector.find(ctx)) {
          expect(detector.kinds, gap.id).toContain(gap.kind);
          found.add(gap.kind);
        }
      }
    }
    expect([...found].sort()).toEqual([...gapKindNames].sort());
  });
});
