import { isActiveOn, todayInBrussels } from '@weefsel/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';

/** Recommendations over real HTTP on the demo seeds (their deliberate weaknesses: seeds/README.md). */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const pairFields = `score likelihood relativeLikelihood value likelihoodExplanation { nl en } valueExplanation { nl en }
  components { structural complementarity proximity bridging formalInformal }
  adamicAdar sharedPartners { id } newDomains areaMissingDomains sharedArea { id } bridgingEffect formalInformal explanation { nl en }`;

interface Pair {
  score: number;
  likelihood: number;
  relativeLikelihood: number;
  value: number;
  likelihoodExplanation: { nl: string; en: string };
  valueExplanation: { nl: string; en: string };
  components: Record<string, number>;
  sharedPartners: { id: string }[];
  areaMissingDomains: string[];
  sharedArea: { id: string } | null;
  bridgingEffect: string;
  formalInformal: boolean;
  explanation: { nl: string; en: string };
}
type Partner = Pair & { actor: { id: string; formal: boolean; domains: string[] } };
type Suggestion = Pair & { from: { id: string }; to: { id: string; domains: string[] }; gap: { id: string; kind: string; severity: string } };

const partnersQuery = `query ($id: ID!, $nbh: ID, $limit: Int, $w: RecommendWeightsInput, $ranking: RecommendRanking) {
  recommendPartners(actorId: $id, neighbourhoodId: $nbh, limit: $limit, weights: $w, ranking: $ranking) { actor { id formal domains } ${pairFields} }
}`;

describe('recommendPartners', () => {
  it('gives an isolated initiative, by value, formal partners that bring it into the network, explained in Dutch and English', async () => {
    const res = await gql<{ recommendPartners: Partner[] }>(app.url, partnersQuery, { id: 'ini-wandelclub-lissewege', limit: 5, ranking: 'VALUABLE' }, { as: 'viewer' });
    expect(res.errors).toBeUndefined();
    const recs = res.data?.recommendPartners ?? [];
    expect(recs).toHaveLength(5);
    for (const r of recs) {
      expect(r.actor.id).not.toBe('ini-wandelclub-lissewege');
      expect(r.bridgingEffect).toBe('BRINGS_IN_ISOLATED');
      expect(r.formalInformal).toBe(true);
      expect(r.actor.formal).toBe(true);
      expect(r.explanation.nl).toMatch(/Wandelclub/);
      expect(r.explanation.en).toMatch(/brings it into the network/);
      expect(r.valueExplanation.en).toMatch(/brings it into the network/);
      expect(r.likelihoodExplanation.en).not.toMatch(/brings it into the network/);
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1.000001);
    }
  });

  it('orders by likelihood, by value or balanced as asked, with both scores in every answer', async () => {
    const ask = async (ranking: string) =>
      (await gql<{ recommendPartners: Partner[] }>(app.url, partnersQuery, { id: 'org-buurtwerk-brugge', limit: 10, ranking }, { as: 'viewer' })).data?.recommendPartners ?? [];
    const likely = await ask('LIKELY');
    const valuable = await ask('VALUABLE');
    const balanced = await ask('BALANCED');
    const sortedDown = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! >= x);
    expect(sortedDown(likely.map((r) => r.likelihood))).toBe(true);
    expect(likely[0]?.relativeLikelihood).toBe(1);
    // The relative likelihood is the odds over the most likely candidate's odds, as the probabilities shown say.
    const odds = (p: number) => p / (1 - p);
    for (const r of likely) expect(r.relativeLikelihood).toBeCloseTo(odds(r.likelihood) / odds(likely[0]!.likelihood), 9);
    expect(sortedDown(valuable.map((r) => r.value))).toBe(true);
    expect(sortedDown(balanced.map((r) => r.score))).toBe(true);
    for (const r of balanced) expect(r.score).toBeCloseTo((r.relativeLikelihood * (1 + r.value)) / 2, 9);
    expect(valuable.map((r) => r.actor.id)).not.toEqual(likely.map((r) => r.actor.id));
  });

  it('restricts candidates to the neighbourhood and never suggests a current partner', async () => {
    const res = await gql<{ recommendPartners: Partner[] }>(app.url, partnersQuery, { id: 'org-buurtwerk-brugge', nbh: 'nbh-brugge-assebroek', limit: 10 }, { as: 'viewer' });
    expect(res.errors).toBeUndefined();
    // Current: running today (the day the recommendations speak of); a partner of years ago may be suggested again.
    const today = todayInBrussels();
    const current = (await app.store.relationsOf('org-buurtwerk-brugge')).filter((r) => isActiveOn(r, today) && r.status !== 'ENDED');
    const partners = new Set(current.flatMap((r) => [r.source, r.target]));
    const recs = res.data?.recommendPartners ?? [];
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) expect(partners.has(r.actor.id)).toBe(false);
    expect(recs.some((r) => r.sharedPartners.length > 0)).toBe(true);
  });

  it('refuses partners for a project on a day it did not exist, with a code, and answers on a day it did', async () => {
    const query = 'query ($id: ID!, $day: Date) { recommendPartners(actorId: $id, asOf: $day, limit: 5) { actor { id } } }';
    // The Zoersel pilot ran from 1 May 2016 to 30 April 2018.
    const today = await gql(app.url, query, { id: 'prj-gbo-zoersel-pilot' }, { as: 'viewer' });
    expect(today.errors?.[0]?.message).toMatch(/actorId: "prj-gbo-zoersel-pilot" does not exist on \d{4}-\d{2}-\d{2}/);
    expect(JSON.stringify(today.errors?.[0]?.extensions)).toContain('absentOnDay');
    const then = await gql<{ recommendPartners: unknown[] }>(app.url, query, { id: 'prj-gbo-zoersel-pilot', day: '2017-06-01' }, { as: 'viewer' });
    expect(then.errors).toBeUndefined();
    expect(then.data?.recommendPartners.length).toBeGreaterThan(0);
  });

  it('in the whole history, neither suggests partners for a project that has ended nor suggests one as a partner', async () => {
    const query = 'query ($id: ID!) { recommendPartners(actorId: $id, history: true, limit: 50, ranking: LIKELY) { actor { id } } }';
    const ended = await gql(app.url, query, { id: 'prj-gbo-zoersel-pilot' }, { as: 'viewer' });
    expect(JSON.stringify(ended.errors?.[0]?.extensions)).toContain('absentOnDay');
    // Partners of the partners of the three ended regional projects: in the history those projects are two steps away.
    const endedProjects = ['prj-gbo-zoersel-pilot', 'prj-thematrajecten-2018', 'prj-financiele-weerbaarheid'];
    for (const id of ['org-caw-nwvl', 'org-welzijnsschakels-wvl', 'org-caw-de-kempen', 'org-ocmw-brugge']) {
      const res = await gql<{ recommendPartners: { actor: { id: string } }[] }>(app.url, query, { id }, { as: 'viewer' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.recommendPartners.length).toBeGreaterThan(10);
      expect(res.data?.recommendPartners.map((r) => r.actor.id).filter((other) => endedProjects.includes(other))).toEqual([]);
    }
    const suggestions = await gql<{ suggestCollaborations: { from: { id: string }; to: { id: string } }[] }>(
      app.url,
      '{ suggestCollaborations(neighbourhoodId: "mun-zoersel", history: true, limit: 20) { from { id } to { id } } }',
      {},
      { as: 'viewer' },
    );
    expect(suggestions.errors).toBeUndefined();
    expect(suggestions.data?.suggestCollaborations.length).toBeGreaterThan(0);
    expect(suggestions.data?.suggestCollaborations.flatMap((p) => [p.from.id, p.to.id]).filter((other) => endedProjects.includes(other))).toEqual([]);
  });

  it('finds partners beyond the actor’s own care zone (real new ties often cross it)', async () => {
    // Mariënstede's zone (Regio Roeselare) holds only Dadizele: scored on the zone alone, it had
    // fewer than ten candidates, all from Dadizele.
    const zone = await gql<{ network: { nodes: { id: string }[] } }>(app.url, 'query ($scope: ScopeInput) { network(scope: $scope) { nodes { id } } }', { scope: { areaId: 'cz-regio-roeselare' } }, { as: 'viewer' });
    const inZone = new Set((zone.data?.network.nodes ?? []).map((n) => n.id));
    expect(inZone.has('org-wzc-marienstede')).toBe(true);
    const res = await gql<{ recommendPartners: Partner[] }>(app.url, partnersQuery, { id: 'org-wzc-marienstede', limit: 10, ranking: 'LIKELY' }, { as: 'viewer' });
    expect(res.errors).toBeUndefined();
    const recs = res.data?.recommendPartners ?? [];
    expect(recs).toHaveLength(10);
    expect(recs.filter((r) => !inZone.has(r.actor.id)).length).toBeGreaterThanOrEqual(5);
  });

  it('takes weights per call and rejects bad ones naming the weight', async () => {
    const res = await gql<{ recommendPartners: Partner[] }>(app.url, partnersQuery, { id: 'org-sociaal-huis-oostende', limit: 3, ranking: 'VALUABLE', w: { complementarity: 0, formalInformal: 0 } });
    expect(res.data?.recommendPartners.every((r) => r.components.bridging === 1)).toBe(true);
    const bad = await gql(app.url, partnersQuery, { id: 'org-sociaal-huis-oostende', w: { bridging: -1 } });
    expect(JSON.stringify(bad.errors)).toContain('weights.bridging');
    const unknown = await gql(app.url, partnersQuery, { id: 'nbh-brugge-assebroek' });
    expect(JSON.stringify(unknown.errors)).toContain('actorId');
    // The checks run together; the error is still the first argument's, whichever answers first.
    const both = await gql(app.url, partnersQuery, { id: 'no-such-actor', nbh: 'org-sociaal-huis-oostende' });
    expect(JSON.stringify(both.errors)).toContain('actorId');
    expect(JSON.stringify(both.errors)).not.toContain('neighbourhoodId');
    const area = await gql(app.url, partnersQuery, { id: 'org-sociaal-huis-oostende', nbh: 'org-sociaal-huis-oostende' });
    expect(JSON.stringify(area.errors)).toContain('neighbourhoodId');
  });
});

const suggestQuery = `query ($nbh: ID!, $limit: Int) {
  suggestCollaborations(neighbourhoodId: $nbh, limit: $limit) { from { id } to { id domains } gap { id kind severity } ${pairFields} }
}`;

describe('regionCommunity', () => {
  it("gives each actor the region's community its metrics report, on today and on an earlier day, and names a bad id", async () => {
    for (const asOf of [null, '2021-06-01']) {
      const metrics = await gql<{ networkMetrics: { actors: { actor: { id: string }; community: number }[] } }>(
        app.url,
        'query ($asOf: Date) { networkMetrics(asOf: $asOf) { actors { actor { id } community } } }',
        { asOf },
        { as: 'viewer' },
      );
      expect(metrics.errors).toBeUndefined();
      // Every 20th actor, so that several communities are asked about.
      const rows = metrics.data!.networkMetrics.actors.filter((_, i) => i % 20 === 0);
      expect(new Set(rows.map((row) => row.community)).size).toBeGreaterThan(1);
      for (const row of rows) {
        const answer = await gql<{ regionCommunity: number | null }>(app.url, 'query ($id: ID!, $asOf: Date) { regionCommunity(actorId: $id, asOf: $asOf) }', { id: row.actor.id, asOf }, { as: 'viewer' });
        expect(answer.data?.regionCommunity, `${row.actor.id} on ${asOf}`).toBe(row.community);
      }
    }
    const bad = await gql(app.url, '{ regionCommunity(actorId: "no-such-actor") }', {}, { as: 'viewer' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/no actor has id "no-such-actor"/);
  });
});

describe('suggestCollaborations', () => {
  it('suggests a housing actor for the neighbourhood without housing, naming the gap it closes', async () => {
    const res = await gql<{ suggestCollaborations: Suggestion[] }>(app.url, suggestQuery, { nbh: 'nbh-brugge-kristus-koning', limit: 10 }, { as: 'viewer' });
    expect(res.errors).toBeUndefined();
    const list = res.data?.suggestCollaborations ?? [];
    const housing = list.find((s) => s.to.domains.includes('HOUSING') && s.areaMissingDomains.includes('HOUSING'));
    expect(housing).toBeDefined();
    expect(housing?.gap.id).toMatch(/:nbh-brugge-kristus-koning$/);
    // Closing the gap is the first value reason; the likelihood side speaks of the network only.
    expect(housing?.valueExplanation.en).toMatch(/^Closes the gap "/);
    expect(housing?.valueExplanation.nl).toMatch(/^Sluit de zwakte/);
    expect(housing?.valueExplanation.nl).toMatch(/werkt rond (.*)wonen/);
    expect(housing?.explanation.nl).toContain(housing!.valueExplanation.nl);
    expect(housing?.likelihoodExplanation.nl).not.toMatch(/zwakte|ontbre/);
  });

  it('gives a suggested pair the likelihood, value, lacks and groups the actor panel gives the same pair in the same area', async () => {
    let compared = 0;
    // Two neighbourhoods: only pairs among the actor's 50 most valuable candidates can be compared.
    for (const nbh of ['nbh-brugge-kristus-koning', 'nbh-brugge-assebroek']) {
      const res = await gql<{ suggestCollaborations: Suggestion[] }>(app.url, suggestQuery, { nbh, limit: 10 }, { as: 'viewer' });
      expect(res.errors).toBeUndefined();
      const suggestions = res.data!.suggestCollaborations;
      expect(suggestions.length).toBeGreaterThan(2);
      for (const s of suggestions) {
        const panel = await gql<{ recommendPartners: Partner[] }>(
          app.url,
          // A suggestion closes a gap, so its pair is often among the actor's most valuable candidates (at most 50 are asked).
          'query ($id: ID!, $area: ID) { recommendPartners(actorId: $id, areaId: $area, limit: 50, ranking: VALUABLE) { actor { id } likelihood value bridgingEffect areaMissingDomains formalInformal components { complementarity } } }',
          { id: s.from.id, area: nbh },
          { as: 'viewer' },
        );
        expect(panel.errors).toBeUndefined();
        const same = panel.data!.recommendPartners.find((p) => p.actor.id === s.to.id);
        if (!same) continue;
        compared++;
        // Both are scored on the region with one model; what the area lacks comes from one coverage function.
        expect(same.likelihood, `${s.from.id} - ${s.to.id}`).toBeCloseTo(s.likelihood, 12);
        expect(same.value, `${s.from.id} - ${s.to.id}`).toBeCloseTo(s.value, 12);
        expect(same.bridgingEffect, `${s.from.id} - ${s.to.id}`).toBe(s.bridgingEffect);
        expect(same.areaMissingDomains, `${s.from.id} - ${s.to.id}`).toEqual(s.areaMissingDomains);
        expect(same.components.complementarity, `${s.from.id} - ${s.to.id}`).toBeCloseTo(s.components.complementarity!, 12);
        expect(same.formalInformal, `${s.from.id} - ${s.to.id}`).toBe(s.formalInformal);
      }
    }
    expect(compared).toBeGreaterThanOrEqual(3);
  });

  it('puts the most severe gaps first: an isolated initiative in Sint-Kruis gets a partner', async () => {
    const res = await gql<{ suggestCollaborations: Suggestion[] }>(app.url, suggestQuery, { nbh: 'nbh-brugge-sint-kruis', limit: 5 }, { as: 'viewer' });
    expect(res.errors).toBeUndefined();
    const first = res.data?.suggestCollaborations[0];
    expect(first?.gap).toMatchObject({ kind: 'ISOLATED_ACTOR', severity: 'HIGH' });
    expect(first?.from.id).toBe('ini-repair-cafe-sint-kruis');
  });
});

describe('acceptSuggestion', () => {
  it('records the accepted partner as a planned tie that is no longer recommended and not counted as a tie', async () => {
    const actorId = 'ini-wandelclub-lissewege';
    const before = await gql<{ recommendPartners: Partner[] }>(app.url, partnersQuery, { id: actorId, limit: 3 }, { as: 'viewer' });
    const chosen = before.data?.recommendPartners[0]?.actor.id as string;
    expect(chosen).toBeTruthy();

    const refused = await gql(app.url, `mutation ($s: ID!, $t: ID!) { acceptSuggestion(source: $s, target: $t) { id } }`, { s: actorId, t: chosen }, { as: 'viewer' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const accepted = await gql<{ acceptSuggestion: { id: string; kind: string; status: string; since: string | null } }>(
      app.url,
      `mutation ($s: ID!, $t: ID!) { acceptSuggestion(source: $s, target: $t, note: "Kennismaking gepland") { id kind status since } }`,
      { s: actorId, t: chosen },
      { as: 'editor' },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptSuggestion).toMatchObject({ kind: 'PARTNERS_WITH', status: 'PLANNED', since: null });

    const after = await gql<{ recommendPartners: Partner[] }>(app.url, partnersQuery, { id: actorId, limit: 10 }, { as: 'viewer' });
    expect(after.data?.recommendPartners.map((r) => r.actor.id)).not.toContain(chosen);
    // Still isolated for the analysis: a plan is not yet a collaboration.
    const gaps = await gql<{ gaps: { gaps: { kind: string; actors: { id: string }[] }[] } }>(
      app.url,
      `{ gaps(scope: {}) { gaps { kind actors { id } } } }`,
      {},
      { as: 'viewer' },
    );
    const isolated = gaps.data?.gaps.gaps.filter((g) => g.kind === 'ISOLATED_ACTOR').flatMap((g) => g.actors.map((a) => a.id));
    expect(isolated).toContain(actorId);
  });
});
