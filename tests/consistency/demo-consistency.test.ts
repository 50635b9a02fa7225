import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';
import { expectChangesMatchReads, expectOneTruth, expectRecommendationsMatchNetwork } from './checks';
import { expectGroupClaimsTrue, recommendationClaims, suggestionClaims, type GroupClaimCounts } from './group-claims';
import { expectPlaceClaimsTrue } from './place-claims';
import { expectTieCountsTrue } from './tie-count-claims';
import { brusselsToday, readMetrics } from './routes';

/**
 * The demo network through every route that shows the same fact (docs/time.md): the default view
 * is today's network, and a past day is that day's network, whichever route asks.
 */
const areas = [null, 'cz-brugge', 'mun-oostende', 'nbh-brugge-kristus-koning'];
const days = [undefined, '2021-06-01', '2023-03-15'];
// Busy actors and quiet ones in four municipalities, whose reasons make every kind of claim.
const askers = ['org-caw-nwvl', 'org-rwp-nwvl', 'org-sociaal-huis-oostende', 'org-buurtwerk-brugge', 'ini-repair-cafe-sint-kruis', 'ini-huiswerk-kristus-koning'];

// On both stores: the rule that ends a tie after its until is applied by each adapter.
describe.each(testStoreKinds('consistency suite, demo network'))('one truth across routes, demo network on %s', (store) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ store });
  });
  afterAll(() => app.stop());

  for (const areaId of areas) {
    for (const day of days) {
      it(`${areaId ?? 'whole region'} on ${day ?? 'the default day (today)'}: isolated actors, degrees, partners and spanners agree`, async () => {
        await expectOneTruth(app.url, areaId, day);
      });
    }
    it(`${areaId ?? 'whole region'}: the changes view matches two network reads`, async () => {
      await expectChangesMatchReads(app.url, areaId, '2021-06-01', '2024-06-01');
      await expectChangesMatchReads(app.url, areaId, '2022-01-01', brusselsToday());
    });
  }

  for (const day of days) {
    it(`partner recommendations on ${day ?? 'the default day (today)'} speak of that day's ties`, async () => {
      // Actors whose ties changed over the years: a tie ended in 2022 must not count as a shared partner today.
      await expectRecommendationsMatchNetwork(app.url, ['org-caw-nwvl', 'org-rwp-nwvl', 'org-sociaal-huis-oostende', 'org-buurtwerk-brugge', 'tm-02'], day);
    });

    it(`on ${day ?? 'the default day (today)'}, every "bridges two groups" and "the same group" is what the metrics of the scope scored show`, async () => {
      const counts: GroupClaimCounts[] = [];
      const region = await readMetrics(app.url, null, day);
      for (const actorId of askers) {
        const claims = await recommendationClaims(app.url, actorId, day);
        counts.push(expectGroupClaimsTrue(claims, region, { nl: 'de hele regio', en: 'the whole region' }, `${actorId} on ${day ?? 'today'}`));
      }
      // Suggestions are scored on the region too: a pair is one group or two in both answers.
      const claims = await suggestionClaims(app.url, 'nbh-brugge-kristus-koning', day);
      counts.push(expectGroupClaimsTrue(claims, region, { nl: 'de hele regio', en: 'the whole region' }, `suggestions in Kristus-Koning on ${day ?? 'today'}`));
      const total = (key: keyof GroupClaimCounts) => counts.reduce((sum, c) => sum + c[key], 0);
      expect(total('bridges'), 'bridges claimed (the check is not vacuous)').toBeGreaterThan(0);
      expect(total('noBridge'), 'pairs in one group').toBeGreaterThan(0);
    });
  }

  it('"already works with N partners" and "has N collaborations that began between ..." count the ties the network shows, on every day', async () => {
    let claims = 0;
    for (const day of days) {
      for (const actorId of askers) {
        claims += await expectTieCountsTrue(app.url, actorId, day, day ?? brusselsToday());
      }
    }
    expect(claims, 'partner-count and recent-ties reasons checked (the check is not vacuous)').toBeGreaterThan(0);
  });

  it('"both are active in ..." and "X is active in ..., Y is not" match the area lists of that day, on every day', async () => {
    let claims = 0;
    for (const day of days) {
      for (const actorId of askers) claims += await expectPlaceClaimsTrue(app.url, actorId, null, day);
      // With the area in view, the reason speaks of that area: who is in it and who is not.
      claims += await expectPlaceClaimsTrue(app.url, 'org-buurtwerk-brugge', 'nbh-brugge-kristus-koning', day);
    }
    expect(claims, 'place reasons checked (the check is not vacuous)').toBeGreaterThan(0);
  });
});
