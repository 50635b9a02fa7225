import { generateGraph } from '@weefsel/seeds';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectChangesMatchReads, expectOneTruth } from './checks';
import { brusselsToday, readNetwork } from './routes';

/**
 * A generated network of 3,000 actors (seeds generator, seed 7): its ties end over the years
 * without a status saying so, as in an imported register, so the dates alone must decide.
 */
describe('one truth across routes, generated network', () => {
  let app: TestApp;
  const areas: (string | null)[] = [null];
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    await app.store.importGraph(generateGraph({ seed: 7, actors: 3000, endYear: 2026 }));
    // A care zone, a municipality and a neighbourhood of the generated world.
    const whole = await readNetwork(app.url, null, brusselsToday());
    for (const kind of ['CareZone', 'Municipality', 'Neighbourhood']) areas.push(whole.nodes.find((n) => n.kind === kind)?.id ?? null);
  }, 240_000);
  afterAll(() => app.stop());

  for (const day of [undefined, '2022-06-01']) {
    it(`on ${day ?? 'the default day (today)'}: isolated actors, degrees, partners and spanners agree in every area`, { timeout: 240_000 }, async () => {
      for (const areaId of areas) await expectOneTruth(app.url, areaId, day);
    });
  }

  it('the changes view matches two network reads', { timeout: 120_000 }, async () => {
    for (const areaId of areas) await expectChangesMatchReads(app.url, areaId, '2021-01-01', brusselsToday());
  });
});
