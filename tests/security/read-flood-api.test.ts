import { generateGraph } from '@weefsel/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ seed: false, security: { readsPerMinute: 30 } });
  await app.store.importGraph(generateGraph({ seed: 7, actors: 3000, relations: 12_000 }));
}, 120_000);
afterAll(() => app.stop());

/** 15 whole networks, each actor's relations read one by one: 46.7 s on 20,000 actors before the cost limit. */
const attack = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: network { nodes { id relations { id } } }`).join(' ')} }`;
/** The most a document may ask of the whole network within the default cost limit: six copies of it. */
const heaviestAllowed = `{ ${Array.from({ length: 6 }, (_, i) => `n${i}: network { nodes { id name kind domains } relations { id source target } }`).join(' ')} }`;

async function probeHealth(until: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return latencies;
}

describe('expensive reads', () => {
  it('keep /healthz answering within a second while one user floods the server', async () => {
    const statuses: number[] = [];
    const client = async () => {
      for (let i = 0; i < 8; i += 1) statuses.push((await gql(app.url, i % 2 === 0 ? attack : heaviestAllowed, {}, { as: 'viewer' })).status);
    };
    const flood = Promise.all([client(), client(), client(), client()]);
    const latencies = await probeHealth(flood);
    await flood;
    expect(latencies.length).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(1000);
    // The attack is refused by its cost; the allowed reads run until the user's read budget (30
    // root fields: five requests of six) is spent, plus what refills meanwhile (one every 2 s).
    expect(statuses.filter((s) => s === 400)).toHaveLength(16);
    const answered = statuses.filter((s) => s === 200).length;
    expect(answered).toBeGreaterThanOrEqual(5);
    expect(answered).toBeLessThanOrEqual(7);
    expect(statuses.filter((s) => s === 429)).toHaveLength(16 - answered);
  }, 120_000);
});
