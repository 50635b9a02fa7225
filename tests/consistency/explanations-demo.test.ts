import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';
import { expectIsolationTrue, expectLacksAgree, expectReasonsTrue, expectReasonsTrueWherever, expectSuggestionsNamed, spokenDay } from './explanation-checks';
import { coverageLacks, recommendationReasons, suggestionReasons } from './explanation-routes';
import { brusselsToday } from './routes';

/**
 * Every lack a recommendation or suggestion claims, on the demo network, against what the area's
 * coverage, network and gaps say on the same day: every claim in an explanation is true.
 */
/** Each neighbourhood with the larger areas whose gaps list it too (its municipality and care zone). */
const neighbourhoods: [string, string[]][] = [
  ['nbh-brugge-kristus-koning', ['mun-brugge', 'cz-brugge']],
  ['nbh-brugge-assebroek', ['mun-brugge', 'cz-brugge']],
  ['nbh-brugge-sint-kruis', ['mun-brugge']],
  ['nbh-genk-winterslag', ['mun-genk', 'cz-genk']],
];
const days = [undefined, '2021-06-01', '2024-01-01', brusselsToday()];

/** Up to `n` actors of the area that can hold ties, spread over its list. */
async function actorsIn(url: string, areaId: string, day: string | undefined, n: number): Promise<string[]> {
  const res = await gql<{ network: { nodes: { id: string; kind: string; boundary: boolean }[] } }>(
    url,
    'query ($scope: ScopeInput, $asOf: Date) { network(scope: $scope, asOf: $asOf) { nodes { id kind boundary } } }',
    { scope: { areaId }, asOf: day ?? null },
    { as: 'viewer' },
  );
  const ids = (res.data?.network.nodes ?? []).filter((x) => !x.boundary && x.kind !== 'Neighbourhood').map((x) => x.id);
  const step = Math.max(1, Math.floor(ids.length / n));
  return ids.filter((_, i) => i % step === 0).slice(0, n);
}

// On both stores: the coverage and the reasons are the same code whatever the store, and this shows it.
describe.each(testStoreKinds('explanations'))('explanations claim only true lacks, demo network on %s', (storeKind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ store: storeKind });
  });
  afterAll(() => app.stop());

  it('Buurtwerk Brugge in Kristus-Koning today: no lack of education or children 0-12, which the school covers; the area and day are named', async () => {
    const today = brusselsToday();
    const coverage = await coverageLacks(app.url, 'nbh-brugge-kristus-koning', today);
    expect(coverage.domains).not.toContain('EDUCATION');
    expect(coverage.targetGroups).not.toContain('CHILDREN_0_12');
    const reasons = await recommendationReasons(app.url, 'org-buurtwerk-brugge', 'nbh-brugge-kristus-koning', today);
    expect(reasons.length).toBeGreaterThan(0);
    expectReasonsTrue(reasons, 'nbh-brugge-kristus-koning', coverage, 'Buurtwerk Brugge in Kristus-Koning');
    const huiswerk = reasons.find((r) => r.candidate.id === 'ini-huiswerk-kristus-koning');
    if (huiswerk) expect(huiswerk.explanation.nl).not.toMatch(/onderwijs[^.]*ontbreekt|kinderen 0-12[^.]*niemand bedient/);
  });

  it('Kristus-Koning today: the housing suggestion claims the lack of housing, for Kristus-Koning, on today', async () => {
    const today = brusselsToday();
    const housing = (await suggestionReasons(app.url, 'nbh-brugge-kristus-koning', today)).find((r) => r.areaMissingDomains.includes('HOUSING'));
    expect(housing?.area?.id).toBe('nbh-brugge-kristus-koning');
    expect(housing?.asOf).toBe(today);
    // One lacking domain is "dat ... ontbreekt", several "die ... ontbreken".
    expect(housing?.explanation.nl).toMatch(new RegExp(`(dat|die) in Kristus-Koning op ${spokenDay(today, 'nl')} ontbre(ekt|ken)`));
  });

  it('Buurtwerk Brugge, active in four neighbourhoods, asked without an area: claims no lack of an unnamed neighbourhood', async () => {
    const reasons = await recommendationReasons(app.url, 'org-buurtwerk-brugge', null, brusselsToday());
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((r) => r.area !== null).map((r) => r.pair)).toEqual([]);
    await expectReasonsTrueWherever(app.url, reasons, brusselsToday(), 'Buurtwerk Brugge without an area');
  });

  it("Huiswerkklas, in Kristus-Koning only, asked without an area: its reasons speak of Kristus-Koning", async () => {
    const reasons = await recommendationReasons(app.url, 'ini-huiswerk-kristus-koning', null, '2024-01-01');
    expect(reasons.length).toBeGreaterThan(0);
    expect(new Set(reasons.map((r) => r.area?.id))).toEqual(new Set(['nbh-brugge-kristus-koning']));
    expectReasonsTrue(reasons, 'nbh-brugge-kristus-koning', await coverageLacks(app.url, 'nbh-brugge-kristus-koning', '2024-01-01'), 'Huiswerkklas without an area');
  });

  it('Kristus-Koning over the whole history: the reasons say so and claim only what the history coverage lacks', async () => {
    type Answer = {
      areaCoverage: { asOf: string | null; missingDomains: string[] };
      suggestCollaborations: { asOf: string | null; area: { id: string } | null; areaMissingDomains: string[]; explanation: { nl: string; en: string } }[];
    };
    const res = await gql<Answer>(
      app.url,
      `{ areaCoverage(areaId: "nbh-brugge-kristus-koning", history: true) { asOf missingDomains }
         suggestCollaborations(neighbourhoodId: "nbh-brugge-kristus-koning", history: true) { asOf area { id } areaMissingDomains explanation { nl en } } }`,
      {},
      { as: 'viewer' },
    );
    expect(res.errors).toBeUndefined();
    const { areaCoverage, suggestCollaborations } = res.data as Answer;
    expect(areaCoverage.asOf).toBeNull();
    expect(suggestCollaborations.length).toBeGreaterThan(0);
    for (const s of suggestCollaborations) {
      expect(s.asOf).toBeNull();
      expect(s.explanation.nl).toContain('Kristus-Koning (alle ooit geregistreerde relaties)');
      expect(s.explanation.en).toContain('Kristus-Koning (every relation ever recorded)');
      expect(s.areaMissingDomains.filter((d) => !areaCoverage.missingDomains.includes(d))).toEqual([]);
    }
  });

  for (const [areaId, aroundIds] of neighbourhoods) {
    for (const day of days) {
      it(`${areaId} on ${day ?? 'the default day'}: coverage, network and gaps agree; every suggestion and recommendation claims only its lacks`, async () => {
        const coverage = await expectLacksAgree(app.url, areaId, aroundIds, day);
        const where = `${areaId} on ${day ?? 'the default day'}`;
        const suggestions = await suggestionReasons(app.url, areaId, day);
        expectReasonsTrue(suggestions, areaId, coverage, `${where}, suggestion`);
        expectSuggestionsNamed(suggestions, coverage, `${where}, suggestion`);
        await expectIsolationTrue(app.url, suggestions, day, `${where}, suggestion`);
        for (const actorId of await actorsIn(app.url, areaId, day, 4)) {
          const reasons = await recommendationReasons(app.url, actorId, areaId, day);
          expectReasonsTrue(reasons, areaId, coverage, `${where}, recommendation for ${actorId}`);
          await expectIsolationTrue(app.url, reasons, day, `${where}, recommendation for ${actorId}`);
          await expectReasonsTrueWherever(app.url, await recommendationReasons(app.url, actorId, null, day), day, `${where}, recommendation for ${actorId} without an area`);
        }
      });
    }
  }
});
