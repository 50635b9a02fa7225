import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';
import { expectOneTruth } from './checks';
import { brusselsToday, isolatedInNetwork, readNetwork, type NetworkRead } from './routes';

/** The whole history is an explicit choice (history: true), and it shows ended ties as ENDED. */
describe.each(testStoreKinds('history choice'))('the history choice on %s', (store) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ store });
  });
  afterAll(() => app.stop());

  const historyQuery = `query ($scope: ScopeInput) { network(scope: $scope, history: true) { asOf nodes { id kind boundary until } relations { id kind source target since until status } } }`;

  it('holds every relation ever recorded, each past its until or its actor\'s marked ENDED, and names no day', async () => {
    const res = await gql<{ network: Omit<NetworkRead, 'nodes'> & { nodes: { id: string; until: string | null }[] } }>(app.url, historyQuery, { scope: { areaId: 'cz-brugge' } }, { as: 'viewer' });
    const history = res.data!.network;
    const today = brusselsToday();
    expect(history.asOf).toBeNull();
    // The last day a relation runs, computed here from the answer's own dates: its until, or its actor's.
    const untilOf = new Map(history.nodes.map((n) => [n.id, n.until]));
    const lastDay = (r: { source: string; target: string; until: string | null }) =>
      [r.until, untilOf.get(r.source), untilOf.get(r.target)].filter((d): d is string => typeof d === 'string').sort()[0] ?? null;
    const ended = history.relations.filter((r) => (lastDay(r) ?? '9999') < today);
    expect(ended.length).toBeGreaterThan(20);
    // The regional track on financial resilience (2019-2022) ended with ties recorded without an end.
    expect(ended.filter((r) => r.until === null).map((r) => r.id)).toEqual(expect.arrayContaining([expect.stringContaining('prj-financiele-weerbaarheid')]));
    expect(ended.filter((r) => r.status !== 'ENDED').map((r) => r.id)).toEqual([]);
    expect(history.relations.filter((r) => r.status === 'ENDED' && !ended.includes(r))).toEqual([]);
    // More than today: the ties of the past are in it.
    expect(history.relations.length).toBeGreaterThan((await readNetwork(app.url, 'cz-brugge', today)).relations.length);
  });

  it('tells the issue example apart: ELZ Brugge has 4 actors without a tie today, 2 over all time', async () => {
    const today = await readNetwork(app.url, 'cz-brugge', undefined);
    // The two regional projects that ended (2018, 2022) no longer exist today: not isolated, absent.
    expect(isolatedInNetwork(today)).toEqual(['ini-boodschappen-koolkerke', 'ini-repair-cafe-sint-kruis', 'ini-wandelclub-lissewege', 'tm-02']);
    expect(today.nodes.map((n) => n.id)).not.toContain('prj-financiele-weerbaarheid');
    const before = await readNetwork(app.url, 'cz-brugge', '2022-06-01');
    expect(before.nodes.map((n) => n.id)).toContain('prj-financiele-weerbaarheid');
    const res = await gql<{ gaps: { gaps: { actors: { id: string }[] }[] } }>(
      app.url,
      '{ gaps(scope: { areaId: "cz-brugge" }, history: true, kinds: [ISOLATED_ACTOR]) { gaps { actors { id } } } }',
      {},
      { as: 'viewer' },
    );
    expect(res.data?.gaps.gaps.map((g) => g.actors[0]?.id).sort()).toEqual(['ini-repair-cafe-sint-kruis', 'ini-wandelclub-lissewege']);
  });

  it('refuses a day together with the history, naming the argument and a code', async () => {
    const res = await gql(app.url, '{ gaps(asOf: "2024-01-01", history: true) { asOf } }', {}, { as: 'viewer' });
    expect(res.errors?.[0]?.message).toMatch(/asOf: cannot be given with history: true/);
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('historyWithDate');
  });

  it('takes an explicit today as the same network as no day at all', async () => {
    await expectOneTruth(app.url, 'mun-brugge', brusselsToday());
    await expectOneTruth(app.url, 'mun-brugge', undefined);
  });
});
