import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realNetworks } from '../bench/real-networks';
import { startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';
import { expectChangesMatchReads, expectOneTruth, expectRecommendationsMatchNetwork } from './checks';
import { expectIsolationTrue, expectReasonsTrueWherever } from './explanation-checks';
import { recommendationReasons } from './explanation-routes';
import { expectGroupClaimsTrue, recommendationClaims, type GroupClaimCounts } from './group-claims';
import { expectPlaceClaimsTrue } from './place-claims';
import { brusselsToday, readMetrics } from './routes';
import { expectTieCountsTrue } from './tie-count-claims';

/**
 * The real Norwegian Horizon 2020 network (692 organisations named as in the register, counties as
 * care zones, municipalities; ties dated by their first year, the last in 2022) through every route
 * that shows the same fact: data nobody here made up, with its quirks (a county and a municipality
 * both called Oslo, two organisations of one name, most municipalities without a tie of their own).
 */
const { networks, missing } = realNetworks();
const norway = networks.find((n) => n.name.includes('Norway'));
if (!norway) console.warn(`consistency suite, real network: SKIPPED (${missing ?? 'no Norwegian network in the evaluation data'})`);

// The whole region, the largest county, a municipality inside it, and Oslo (county and municipality of one name).
const areas = [null, 'cz-viken', 'cz-vestland', 'm-bergen-vestland', 'cz-oslo', 'm-oslo-oslo'];
// Today (the register stopped in 2022), and days inside its years.
const days = [undefined, '2018-06-01', '2021-03-01'];
// The two hubs, a university, a municipality with a few research ties, and organisations with one or two ties.
const askers = ['n919303808', 'n974767880', 'n874789542', 'n964338531'];

const stores = norway ? testStoreKinds('consistency suite, real network') : (['sqlite'] as const);

// On both stores, as the demo's suite: each adapter applies the day's rules itself.
describe.skipIf(!norway).each(stores)('one truth across routes, real Norwegian network on %s', (store) => {
  let app: TestApp;
  let quiet: string[] = [];
  beforeAll(async () => {
    app = await startTestApp({ store, seed: false });
    await app.store.importGraph(norway?.doc ?? { actors: [], relations: [] });
    // Two organisations with a single tie today: the reasons for the least connected.
    const metrics = await readMetrics(app.url, null, undefined);
    quiet = [...metrics.degrees].filter(([id, degree]) => degree === 1 && id.startsWith('n')).map(([id]) => id).sort().slice(0, 2);
  }, 120_000);
  afterAll(() => app?.stop());

  for (const day of days) {
    it(`on ${day ?? 'the default day (today)'}: isolated actors, degrees, partners and spanners agree in every area`, { timeout: 120_000 }, async () => {
      for (const areaId of areas) await expectOneTruth(app.url, areaId, day);
    });

    it(`on ${day ?? 'the default day (today)'}: recommendations propose no partner and name only shared partners of that day`, { timeout: 120_000 }, async () => {
      expect(quiet, 'organisations with a single tie to ask for').toHaveLength(2);
      await expectRecommendationsMatchNetwork(app.url, [...askers, ...quiet], day);
    });

    it(`on ${day ?? 'the default day (today)'}: every partner count, recent-tie count, place and group a reason names is what the other routes show`, { timeout: 120_000 }, async () => {
      const region = await readMetrics(app.url, null, day);
      const counts: GroupClaimCounts[] = [];
      let tieClaims = 0;
      let placeClaims = 0;
      for (const actorId of [...askers, ...quiet]) {
        tieClaims += await expectTieCountsTrue(app.url, actorId, day, day ?? brusselsToday());
        placeClaims += await expectPlaceClaimsTrue(app.url, actorId, null, day);
        counts.push(expectGroupClaimsTrue(await recommendationClaims(app.url, actorId, day), region, { nl: 'de hele regio', en: 'the whole region' }, `${actorId} on ${day ?? 'today'}`));
      }
      // With a county in view, the places are that county's.
      placeClaims += await expectPlaceClaimsTrue(app.url, 'n964338531', 'cz-vestland', day);
      expect(tieClaims, 'partner-count and recent-tie reasons checked (not vacuous)').toBeGreaterThan(0);
      expect(placeClaims, 'place reasons checked (not vacuous)').toBeGreaterThan(0);
      expect(counts.reduce((sum, c) => sum + c.bridges + c.noBridge, 0), 'group reasons checked (not vacuous)').toBeGreaterThan(0);
    });

    it(`on ${day ?? 'the default day (today)'}: no reason claims a lack another view denies, or an isolation the ego network denies`, { timeout: 120_000 }, async () => {
      for (const actorId of [...askers, ...quiet]) {
        for (const areaId of [null, 'cz-vestland', 'm-bergen-vestland']) {
          const reasons = await recommendationReasons(app.url, actorId, areaId, day);
          await expectReasonsTrueWherever(app.url, reasons, day, `${actorId} in ${areaId ?? 'the region'} on ${day ?? 'today'}`);
          await expectIsolationTrue(app.url, reasons, day, `${actorId} in ${areaId ?? 'the region'} on ${day ?? 'today'}`);
        }
      }
    });
  }

  it('the changes view matches two network reads', { timeout: 120_000 }, async () => {
    for (const areaId of areas) {
      await expectChangesMatchReads(app.url, areaId, '2016-01-01', '2019-01-01');
      await expectChangesMatchReads(app.url, areaId, '2020-06-01', brusselsToday());
    }
  });
});
