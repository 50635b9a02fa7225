import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoGraph } from '@weefsel/seeds';
import { describe, expect, it } from 'vitest';
import { silentLogger, type Logger } from '../logger';
import { createServices } from '../services/services';
import type { GraphStore } from '../store/graph-store';
import { openSqliteStore } from '../store/sqlite/index';
import { warmUp } from './warm-up';

async function countingStore() {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'weefsel-warm-')), 'w.sqlite'));
  await store.init();
  await store.importGraph(demoGraph());
  const reads = { subgraph: 0, keepModel: 0 };
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'subgraph') reads.subgraph++;
      if (key === 'keepModel') reads.keepModel++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as GraphStore;
  return { store, counted, reads };
}

describe('warmUp', () => {
  it('reads the region once, so the first overview request reads nothing', async () => {
    const { store, counted, reads } = await countingStore();
    const services = createServices(counted);
    await warmUp(services, silentLogger);
    expect(reads.subgraph).toBe(1);
    const overview = await services.overview.areaOverview({}, services.today());
    expect(reads.subgraph).toBe(1);
    expect(overview.areas.length).toBeGreaterThan(0);
    await store.close();
  });

  it("fits the region's model, so the first partner recommendation reads and fits nothing", async () => {
    const { store, counted, reads } = await countingStore();
    const services = createServices(counted);
    await warmUp(services, silentLogger);
    expect(reads.keepModel, 'the model fitted and kept once').toBe(1);
    const asked = { subgraph: reads.subgraph, keepModel: reads.keepModel };
    const partners = await services.recommend.recommendPartners({ actorId: 'org-caw-nwvl', neighbourhoodId: null, areaId: null, asOf: services.today(), limit: 5 });
    expect(partners.length).toBeGreaterThan(0);
    expect({ subgraph: reads.subgraph, keepModel: reads.keepModel }).toEqual(asked);
    await store.close();
  });

  it('logs a failure and does not throw', async () => {
    const { store, counted } = await countingStore();
    await store.close();
    const warnings: string[] = [];
    const log: Logger = { ...silentLogger, warn: (message) => void warnings.push(message) };
    await expect(warmUp(createServices(counted), log)).resolves.toBeUndefined();
    expect(warnings).toHaveLength(1);
  });

  it('says when the region is larger than the cache keeps, and by how much to raise it', async () => {
    const { store, counted } = await countingStore();
    const warnings: { message: string; fields?: Record<string, unknown> }[] = [];
    const log: Logger = { ...silentLogger, warn: (message, fields) => void warnings.push({ message, fields }) };
    const services = createServices(counted);
    await warmUp(services, log);
    expect(warnings).toEqual([]);
    const region = await store.subgraph({}, services.today());
    const elements = region.nodes.length + region.relations.length;
    // Half of this budget is one element short of the region.
    await warmUp(createServices(counted, undefined, undefined, undefined, 2 * elements - 2), log);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/WEEFSEL_CACHE_ELEMENTS/);
    expect(warnings[0]?.fields).toEqual({ elements, kept: elements - 1, atLeast: 2 * elements });
    await store.close();
  });
});
