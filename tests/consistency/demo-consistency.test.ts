import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';
import { expectChangesMatchReads, expectOneTruth, expectRecommendationsMatchNetwork } from './checks';
import { brusselsToday } from './routes';

/**
 * The demo network through every route that shows the same fact (docs/time.md): the default view
 * is today's network, and a past day is that day's network, whichever route asks.
 */
const areas = [null, 'cz-brugge', 'mun-oostende', 'nbh-brugge-kristus-koning'];
const days = [undefined, '2021-06-01', '2023-03-15'];

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
  }
});
