import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Exports say what the views say (docs/time.md): each relation with since, until and the status its
 * dates give today, also when it was stored as ACTIVE after its last day (an old import, say).
 */
describe('exports carry since, until and the status from the dates', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    const org = (id: string) => ({ id, kind: 'Organisation' as const, name: id });
    await app.store.importGraph({
      actors: [org('o-a'), org('o-b'), org('o-c'), { id: 'p-pilot', kind: 'Project', name: 'Pilot', since: '2016-05-01', until: '2018-04-30' }],
      relations: [
        { id: 'r-stale', kind: 'PARTNERS_WITH', source: 'o-a', target: 'o-b', since: '2019-01-01', until: '2022-12-31' },
        { id: 'r-running', kind: 'PARTNERS_WITH', source: 'o-a', target: 'o-c', since: '2020-03-01' },
      ],
    });
  });
  afterAll(() => app.stop());

  const text = async (format: 'json' | 'csv' | 'graphml' | 'gexf') => {
    const files = await app.services.interchangeFiles.export(format);
    return files.map((file) => file.content.toString('utf8')).join('\n');
  };

  it('JSON: ENDED with its until, ACTIVE with its since', async () => {
    const doc = JSON.parse(await text('json')) as { relations: { id: string; since: string | null; until: string | null; status: string }[] };
    expect(doc.relations.map(({ id, since, until, status }) => ({ id, since, until, status }))).toEqual([
      { id: 'r-running', since: '2020-03-01', until: null, status: 'ACTIVE' },
      { id: 'r-stale', since: '2019-01-01', until: '2022-12-31', status: 'ENDED' },
    ]);
  });

  it('CSV (Dutch labels): the ended tie says beëindigd', async () => {
    const relationsCsv = (await app.services.interchangeFiles.export('csv'))[1]?.content.toString('utf8') ?? '';
    const stale = relationsCsv.split(/\r?\n/).find((line) => line.includes('r-stale')) ?? '';
    expect(stale).toContain('beëindigd');
    expect(stale).toMatch(/2019-01-01|01\/01\/2019/);
  });

  it('GraphML and GEXF: status ENDED and the dates on the edge', async () => {
    const graphml = await text('graphml');
    expect(graphml).toMatch(/<edge id="r-stale"[^>]*>.*<data key="e_until">2022-12-31<\/data>.*<data key="e_status">ENDED<\/data>/);
    const gexf = await text('gexf');
    expect(gexf).toMatch(/<edge id="r-stale"[^>]*start="2019-01-01"[^>]*end="2022-12-31"/);
    expect(gexf).toMatch(/<edge id="r-stale"[\s\S]*?ENDED[\s\S]*?<\/edge>/);
  });

  it('every format carries the days an actor exists; GEXF as the node’s interval, for Gephi’s timeline', async () => {
    const doc = JSON.parse(await text('json')) as { actors: { id: string; since: string | null; until: string | null }[] };
    expect(doc.actors.find((a) => a.id === 'p-pilot')).toMatchObject({ since: '2016-05-01', until: '2018-04-30' });
    const actorsCsv = (await app.services.interchangeFiles.export('csv'))[0]?.content.toString('utf8') ?? '';
    expect(actorsCsv.split(/\r?\n/).find((line) => line.includes('Pilot'))).toMatch(/2016-05-01.*2018-04-30|01\/05\/2016.*30\/04\/2018/);
    expect(await text('graphml')).toMatch(/<node id="p-pilot">.*<data key="n_since">2016-05-01<\/data><data key="n_until">2018-04-30<\/data>/);
    expect(await text('gexf')).toMatch(/<node id="p-pilot" label="Pilot" start="2016-05-01" end="2018-04-30">/);
  });
});
