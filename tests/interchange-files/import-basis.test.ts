import { afterEach, describe, expect, it } from 'vitest';
import type { GraphDocument } from '@weefsel/graph-schema';
import { defaultSecuritySettings } from '../../api/src/config-security';
import { importBasis } from '../../api/src/services/import-basis';
import { InterchangeFilesService } from '../../api/src/services/interchange-files.service';
import type { GraphStore } from '../../api/src/store/graph-store';
import { csvFile, tempStore, type TempStore } from './support';

const org = (id: string, until?: string) => ({ id, kind: 'Organisation' as const, name: `Org ${id}`, ...(until ? { until } : {}) });
const tie = (id: string, source: string, target: string) => ({ id, kind: 'PARTNERS_WITH' as const, source, target });

/** A chain a - b - c - d - e; b ended in 2020, and its tie with c is recorded as ended with it. */
const chain: GraphDocument = {
  actors: [org('a'), org('b', '2020-12-31'), org('c'), org('d'), org('e')],
  relations: [tie('r-ab', 'a', 'b'), { ...tie('r-bc', 'b', 'c'), status: 'ENDED' }, tie('r-cd', 'c', 'd'), tie('r-de', 'd', 'e')],
};

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

/** The store, refusing the read of everything: what an import preview must not need. */
function withoutWholeReads(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'exportGraph') return () => Promise.reject(new Error('an import read the whole store'));
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('what an import is compared with', () => {
  let temp: TempStore;
  afterEach(() => temp.close());

  it('reads the actors and relations the records name, and only those', async () => {
    temp = await tempStore(chain);
    const basis = await importBasis(temp.store, { actors: [org('a')], relations: [tie('r-de', 'd', 'e')] }, '2026-12-06');
    expect(ids(basis.actors)).toEqual(['a', 'd', 'e']);
    expect(ids(basis.relations)).toEqual(['r-de']);
    expect(basis.today).toBe('2026-12-06');
  });

  it('adds every stored relation of an actor whose kind or last day changes, with the actors at their other ends', async () => {
    temp = await tempStore(chain);
    // b's end cleared: r-bc, recorded ENDED and ended by b, must be checked; r-cd and its actors are not involved.
    const basis = await importBasis(temp.store, { actors: [org('b')], relations: [] }, '2026-12-06');
    expect(ids(basis.relations)).toEqual(['r-ab', 'r-bc']);
    expect(ids(basis.actors)).toEqual(['a', 'b', 'c']);
    expect(basis.relations.find((r) => r.id === 'r-bc')?.status).toBe('ENDED');
    // Statuses as written: r-ab was written ACTIVE, though read today it ended with b.
    expect(basis.relations.find((r) => r.id === 'r-ab')?.status).toBe('ACTIVE');
    const kind = await importBasis(temp.store, { actors: [{ ...org('d'), kind: 'CitizenInitiative' }], relations: [] }, '2026-12-06');
    expect(ids(kind.relations)).toEqual(['r-cd', 'r-de']);
    expect(ids(kind.actors)).toEqual(['c', 'd', 'e']);
  });

  it('an import preview of a JSON document or a sheet never reads the whole store, and still refuses what the import refuses', async () => {
    temp = await tempStore(chain);
    const files = new InterchangeFilesService(withoutWholeReads(temp.store), defaultSecuritySettings().limits.importBytes);
    const json = { name: 'clear.json', content: Buffer.from(JSON.stringify({ actors: [org('b')], relations: [] }), 'utf8') };
    const fromJson = await files.plan([json]);
    expect(fromJson.problems.map((p) => [p.row, p.column, p.code, p.params.relation])).toEqual([[1, 'until', 'endClearBreaksRelation', 'r-bc']]);
    const sheet = csvFile('weights.csv', ['Id,Van,Naar,Soort,Gewicht', 'r-ab,Org a,Org b,PARTNERS_WITH,4', 'r-ce,c,e,PARTNERS_WITH,1']);
    const fromSheet = await files.plan([sheet]);
    expect(fromSheet).toMatchObject({ problemCount: 0, relations: { create: 1, update: 1, unchanged: 0 } });
    // The sheet has no status column: r-ab keeps the status it was written with.
    expect(fromSheet.document?.relations.find((r) => r.id === 'r-ab')).toMatchObject({ status: 'ACTIVE', weight: 4 });
  });

  it('a sheet preview reads every actor only as id, kind and name, and whole only the actors the sheet names', async () => {
    const stored = { ...org('x'), since: '2015-01-01', description: 'Beschrijving uit de opslag' };
    temp = await tempStore({ ...chain, actors: [...chain.actors, stored] });
    const read: string[][] = [];
    const recording = new Proxy(withoutWholeReads(temp.store), {
      get(target, key, receiver) {
        if (key === 'getActors') return (ids: string[]) => (read.push([...ids].sort()), temp.store.getActors(ids));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const files = new InterchangeFilesService(recording, defaultSecuritySettings().limits.importBytes);
    // x is named by name (no id column): its stored description and first day stay under the sheet's columns.
    const renamed = await files.plan([csvFile('actoren.csv', ['Naam,Soort,Formeel', 'Org x,Organisatie,nee'])]);
    expect(renamed).toMatchObject({ problemCount: 0, actors: { create: 0, update: 1, unchanged: 0 } });
    expect(renamed.document?.actors).toMatchObject([{ id: 'x', description: stored.description, since: stored.since, formal: false }]);
    expect(read).toEqual([['x']]);
    // The sheet's last day lies before the stored first day: refused as the import would refuse it.
    const ended = await files.plan([csvFile('actoren.csv', ['Naam,Soort,Einde', 'Org x,Organisatie,2014-12-31'])]);
    expect(ended.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'Einde', 'untilBeforeSince']]);
    expect(ended.document).toBeNull();
  });
});
