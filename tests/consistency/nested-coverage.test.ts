import { isAreaKind } from '@weefsel/graph-schema';
import { generateGraph } from '@weefsel/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../../api/src/analysis/analysis-graph';
import { coverageView, nestedCoverageView } from '../../api/src/services/analysis/coverage-view';
import { startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';
import { brusselsToday } from './routes';

/**
 * A recommendation's lacks are read from the region already in memory (`nestedCoverageView`), the
 * `areaCoverage` query from the area's own subgraph (`coverageView`). Both must say the same of
 * every area on every day, on both stores, or a reason would claim a lack the coverage view denies.
 */
const days = [null, '2019-06-01', '2023-01-01', brusselsToday()];

async function expectSameCoverage(app: TestApp, day: string | null): Promise<number> {
  const region = await app.store.subgraph({}, day);
  const ag = buildAnalysisGraph(region);
  const areas = region.nodes.filter((n) => isAreaKind(n.kind));
  for (const area of areas) {
    const own = coverageView(await app.store.subgraph({ areaId: area.id }, day));
    expect(nestedCoverageView(ag, area.id), `${area.id} on ${day ?? 'every day'}`).toEqual(own);
  }
  return areas.length;
}

describe.each(testStoreKinds('nested coverage'))('an area covers the same in the region as on its own, on %s', (store) => {
  describe('demo network', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ store });
    });
    afterAll(() => app.stop());

    it.each(days)('on %s, for every area', async (day) => {
      expect(await expectSameCoverage(app, day)).toBeGreaterThan(10);
    });
  });

  describe('generated network of 2,000 actors', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ store, seed: false });
      await app.store.importGraph(generateGraph({ seed: 5, actors: 2000, endYear: 2026 }));
    }, 240_000);
    afterAll(() => app.stop());

    it.each(days)('on %s, for every area', { timeout: 240_000 }, async (day) => {
      expect(await expectSameCoverage(app, day)).toBeGreaterThan(30);
    });
  });
});
