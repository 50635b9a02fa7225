import { describe, expect, it } from 'vitest';
import type { ActorFilter } from '../graph-store';
import { ids, isoTimestamp, nameOrder, pathsOf, rejectsWithValidation, sortedIds, type ContractContext } from './contract-helpers';
import { fixtureCounts, fixtureDocument } from './fixture';

const everything = { offset: 0, limit: 100 };

export function defineReadContract(ctx: ContractContext): void {
  async function loaded() {
    const store = ctx.store();
    await store.importGraph(fixtureDocument());
    return store;
  }

  async function listIds(filter: ActorFilter): Promise<string[]> {
    const page = await ctx.store().listActors(filter, everything);
    expect(page.total).toBe(page.items.length);
    return ids(page.items);
  }

  describe('health and counts', () => {
    it('answers ping and counts an empty store as zero', async () => {
      await expect(ctx.store().ping()).resolves.toBeUndefined();
      expect(await ctx.store().counts()).toEqual({ actors: 0, relations: 0 });
      expect(await ctx.store().exportGraph()).toEqual({ actors: [], relations: [] });
    });

    it('counts actors and relations after an import, and init is idempotent', async () => {
      const store = await loaded();
      expect(await store.counts()).toEqual(fixtureCounts);
      await store.init();
      expect(await store.counts()).toEqual(fixtureCounts);
    });
  });

  describe('getActor and getActors', () => {
    it('returns a stored actor with every property and ISO timestamps', async () => {
      const store = await loaded();
      const actor = await store.getActor('o-sociaal-huis');
      expect(actor).toMatchObject({
        id: 'o-sociaal-huis',
        kind: 'Organisation',
        name: 'Sociaal Huis Oostende',
        description: 'Geïntegreerd breed onthaal van de stad en het OCMW',
        formal: true,
        domains: ['WELFARE', 'CARE'],
        targetGroups: ['OLDER_PEOPLE_ALONE', 'POVERTY'],
        contact: { email: 'onthaal@oostende.example', website: 'https://oostende.example/sociaalhuis' },
      });
      expect(actor?.createdAt).toMatch(isoTimestamp);
      expect(actor?.updatedAt).toBe(actor?.createdAt);
    });

    it('applies the defaults of the kind', async () => {
      const store = await loaded();
      expect(await store.getActor('ci-buurtbabbel')).toMatchObject({ formal: false, description: null, contact: null });
      expect(await store.getActor('m-brugge')).toMatchObject({ formal: true, domains: [], targetGroups: [] });
    });

    it('returns null for an unknown id and skips unknown ids in a batch', async () => {
      const store = await loaded();
      expect(await store.getActor('ghost')).toBeNull();
      expect(sortedIds(await store.getActors(['m-brugge', 'ghost', 'o-vvsg']))).toEqual(['m-brugge', 'o-vvsg']);
      expect(await store.getActors([])).toEqual([]);
    });
  });

  describe('listActors', () => {
    it('sorts by folded name, then id, and pages with a stable total', async () => {
      const store = await loaded();
      const expected = fixtureDocument().actors.slice().sort(nameOrder).map((a) => a.id);
      expect(expected.indexOf('tm-eline')).toBe(expected.indexOf('cz-zuid') + 1);
      const first = await store.listActors({}, { offset: 0, limit: 7 });
      const second = await store.listActors({}, { offset: 7, limit: 7 });
      const third = await store.listActors({}, { offset: 14, limit: 7 });
      expect([first.total, second.total, third.total]).toEqual([19, 19, 19]);
      expect(third.items).toHaveLength(5);
      expect([...ids(first.items), ...ids(second.items), ...ids(third.items)]).toEqual(expected);
      expect((await store.listActors({}, { offset: 40, limit: 5 })).items).toEqual([]);
    });

    it('filters by kind, domains and target groups (OR inside a list, AND between filters)', async () => {
      await loaded();
      expect(await listIds({ kinds: ['Neighbourhood'] })).toEqual(['n-assebroek', 'n-mariakerke', 'n-centrum', 'n-zeebrugge']);
      expect(await listIds({ kinds: ['Project', 'TransitionManager'] })).toEqual(['tm-eline', 'p-zorgzame-buurt']);
      expect(await listIds({ domains: ['HOUSING'] })).toEqual(['m-oostende', 'o-marienstede', 'p-zorgzame-buurt']);
      expect(await listIds({ domains: ['HOUSING', 'WORK'] })).toEqual(['ci-boerenhulp', 'm-oostende', 'o-marienstede', 'p-zorgzame-buurt']);
      expect(await listIds({ domains: ['HOUSING'], kinds: ['Organisation', 'Project'] })).toEqual(['o-marienstede', 'p-zorgzame-buurt']);
      expect(await listIds({ targetGroups: ['POVERTY'] })).toEqual(['o-ocmw-brugge', 'o-sociaal-huis']);
      expect(await listIds({ targetGroups: ['POVERTY'], domains: ['CARE'] })).toEqual(['o-sociaal-huis']);
      // An empty list filters nothing, as if it were absent.
      expect(await listIds({ kinds: [], domains: [], targetGroups: [] })).toHaveLength(fixtureCounts.actors);
    });

    it('filters by formal', async () => {
      await loaded();
      expect(await listIds({ formal: false })).toEqual(['n-assebroek', 'ci-boerenhulp', 'ci-buurtbabbel', 'n-mariakerke', 'n-centrum', 'n-zeebrugge']);
      expect(await listIds({ formal: true, kinds: ['CitizenInitiative', 'Neighbourhood'] })).toEqual([]);
    });

    it('filters by area transitively, the area itself included, counting every recorded relation', async () => {
      await loaded();
      expect(await listIds({ areaId: 'm-brugge' })).toEqual([
        'n-assebroek',
        'ci-boerenhulp',
        'm-brugge',
        'o-caw',
        'o-ocmw-brugge',
        'n-zeebrugge',
      ]);
      expect(await listIds({ areaId: 'm-brugge', formal: false })).toEqual(['n-assebroek', 'ci-boerenhulp', 'n-zeebrugge']);
      expect(await listIds({ areaId: 'cz-noord', kinds: ['TransitionManager', 'Project'] })).toEqual(['tm-eline', 'p-zorgzame-buurt']);
      expect(await listIds({ areaId: 'cz-zuid' })).toEqual(['o-buurthuis-kortrijk', 'cz-zuid', 'm-kortrijk']);
      const page = await ctx.store().listActors({ areaId: 'cz-noord' }, { offset: 2, limit: 3 });
      expect(page.total).toBe(15);
      expect(page.items).toHaveLength(3);
    });

    it('rejects an unknown area or a non-area in the filter', async () => {
      const store = await loaded();
      expect(pathsOf(await rejectsWithValidation(() => store.listActors({ areaId: 'ghost' }, everything)))).toEqual(['filter.areaId']);
      expect(pathsOf(await rejectsWithValidation(() => store.listActors({ areaId: 'o-vvsg' }, everything)))).toEqual(['filter.areaId']);
    });
  });

  describe('searchActors', () => {
    it('finds names case- and accent-insensitively', async () => {
      const store = await loaded();
      expect(ids(await store.searchActors('marienstede', 10))).toEqual(['o-marienstede']);
      expect(ids(await store.searchActors('MARIËNSTEDE', 10))).toEqual(['o-marienstede']);
      expect(ids(await store.searchActors('eline', 10))).toEqual(['tm-eline']);
      expect(ids(await store.searchActors('sociaal huis', 10))[0]).toBe('o-sociaal-huis');
    });

    it('ranks the exact name first, then names with a word starting with the text', async () => {
      const store = await loaded();
      expect(ids(await store.searchActors('oostende', 10))).toEqual(['m-oostende', 'n-centrum', 'o-sociaal-huis']);
      const brugge = ids(await store.searchActors('BRUGGE', 10));
      expect(brugge.slice(0, 2)).toEqual(['m-brugge', 'o-ocmw-brugge']);
      // "Zeebrugge" only contains the text inside a word: a store may find it, but after the rest.
      expect(brugge.filter((id) => id !== 'n-zeebrugge')).toEqual(['m-brugge', 'o-ocmw-brugge']);
      // The exact name wins even where another hit sorts first by name.
      expect(ids(await store.searchActors('mariakerke', 10))).toEqual(['n-mariakerke', 'ci-buurtbabbel']);
      // "Buurthuis" holds "huis" inside a word: if found, it ranks after "Sociaal Huis", though it sorts first by name.
      const huis = ids(await store.searchActors('huis', 10));
      expect(huis[0]).toBe('o-sociaal-huis');
      expect(huis.filter((id) => id !== 'o-buurthuis-kortrijk')).toEqual(['o-sociaal-huis']);
    });

    it('finds word prefixes', async () => {
      const store = await loaded();
      expect(ids(await store.searchActors('buurt', 10))).toEqual(['ci-buurtbabbel', 'o-buurthuis-kortrijk', 'p-zorgzame-buurt']);
      expect(ids(await store.searchActors('woonzorg', 10))).toEqual(['o-marienstede']);
    });

    it('honours the limit, finds nothing for blank or unknown text, and tolerates query syntax', async () => {
      const store = await loaded();
      expect(ids(await store.searchActors('oostende', 2))).toEqual(['m-oostende', 'n-centrum']);
      expect(await store.searchActors('   ', 10)).toEqual([]);
      expect(await store.searchActors('nergensdorp', 10)).toEqual([]);
      for (const text of ['"', 'oost*', 'a AND (b', 'huis:', 'x OR', '%_\\']) {
        await expect(store.searchActors(text, 10)).resolves.toBeInstanceOf(Array);
      }
    });
  });
}
