import { describe, expect, it } from 'vitest';
import { isActiveOn } from '@weefsel/graph-schema';
import { boundaryMarks, pathsOf, rejectsWithValidation, sortedIds, type ContractContext } from './contract-helpers';
import { fixtureCounts, fixtureDocument, rid } from './fixture';

/** `{ id: false }` for inside nodes, `{ id: true }` for boundary nodes. */
function marks(inside: string[], boundary: string[] = []): Record<string, boolean> {
  return Object.fromEntries([...inside.map((id) => [id, false]), ...boundary.map((id) => [id, true])]);
}

const structuralNoord = [
  rid('MEMBER_OF', 'm-oostende', 'cz-noord'),
  rid('MEMBER_OF', 'm-brugge', 'cz-noord'),
  rid('PART_OF', 'n-centrum', 'm-oostende'),
  rid('PART_OF', 'n-mariakerke', 'm-oostende'),
  rid('PART_OF', 'n-zeebrugge', 'm-brugge'),
  rid('PART_OF', 'n-assebroek', 'm-brugge'),
  rid('LOCATED_IN', 'o-sociaal-huis', 'n-centrum'),
  rid('LOCATED_IN', 'o-marienstede', 'n-mariakerke'),
  rid('LOCATED_IN', 'o-ocmw-brugge', 'm-brugge'),
  rid('LOCATED_IN', 'ci-buurtbabbel', 'n-mariakerke'),
];
const cawInAssebroek = rid('LOCATED_IN', 'o-caw', 'n-assebroek');
const cawInZeebrugge = rid('LOCATED_IN', 'o-caw', 'n-zeebrugge');
const projectInCentrum = rid('LOCATED_IN', 'p-zorgzame-buurt', 'n-centrum');
const boerenhulpInAssebroek = rid('ACTIVE_IN', 'ci-boerenhulp', 'n-assebroek');
const elineInNoord = rid('ACTIVE_IN', 'tm-eline', 'cz-noord');
const areasNoord = ['cz-noord', 'm-oostende', 'm-brugge', 'n-centrum', 'n-mariakerke', 'n-zeebrugge', 'n-assebroek'];

export function defineScopeContract(ctx: ContractContext): void {
  async function loaded() {
    const store = ctx.store();
    await store.importGraph(fixtureDocument());
    return store;
  }

  describe('subgraph', () => {
    it('returns every actor and relation for the whole graph, none marked boundary', async () => {
      const sub = await (await loaded()).subgraph({});
      expect(sub).toMatchObject({ areaId: null, areaKind: null, asOf: null });
      expect(sub.nodes).toHaveLength(fixtureCounts.actors);
      expect(sub.nodes.every((n) => n.boundary === false && typeof n.createdAt === 'string')).toBe(true);
      expect(sub.relations).toHaveLength(fixtureCounts.relations);
    });

    it('keeps only the relations active on asOf for the whole graph, but every actor', async () => {
      const sub = await (await loaded()).subgraph({ areaId: null }, '2020-06-01');
      const expected = fixtureDocument()
        .relations.filter((r) => isActiveOn({ since: r.since ?? null, until: r.until ?? null }, '2020-06-01'))
        .map((r) => r.id ?? rid(r.kind, r.source, r.target));
      expect(sub.asOf).toBe('2020-06-01');
      expect(sub.nodes).toHaveLength(fixtureCounts.actors);
      expect(sortedIds(sub.relations)).toEqual(expected.sort());
      expect(expected).toContain('r7');
      expect(expected).not.toContain('r2');
    });

    it('returns a care zone transitively, with its collaboration partners outside as boundary', async () => {
      const sub = await (await loaded()).subgraph({ areaId: 'cz-noord' });
      expect(sub).toMatchObject({ areaId: 'cz-noord', areaKind: 'CareZone', asOf: null });
      const inside = [...areasNoord, 'o-sociaal-huis', 'o-marienstede', 'o-ocmw-brugge', 'o-caw', 'ci-buurtbabbel', 'ci-boerenhulp', 'p-zorgzame-buurt', 'tm-eline'];
      expect(boundaryMarks(sub)).toEqual(marks(inside, ['o-buurthuis-kortrijk', 'o-vvsg']));
      const collaboration = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r12'];
      const structural = [...structuralNoord, cawInAssebroek, cawInZeebrugge, projectInCentrum, boerenhulpInAssebroek, elineInNoord];
      expect(sortedIds(sub.relations)).toEqual([...collaboration, ...structural].sort());
    });

    it('takes membership and ties on asOf: ended and not yet started relations drop out', async () => {
      const store = await loaded();
      const recent = await store.subgraph({ areaId: 'cz-noord' }, '2024-06-01');
      const insideRecent = [...areasNoord, 'o-sociaal-huis', 'o-marienstede', 'o-ocmw-brugge', 'o-caw', 'ci-buurtbabbel', 'p-zorgzame-buurt', 'tm-eline'];
      expect(boundaryMarks(recent)).toEqual(marks(insideRecent, ['o-vvsg']));
      expect(sortedIds(recent.relations)).toEqual(
        ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r9', 'r10', 'r12', ...structuralNoord, cawInZeebrugge, projectInCentrum, elineInNoord].sort(),
      );
      const early = await store.subgraph({ areaId: 'cz-noord' }, '2020-06-01');
      const insideEarly = [...areasNoord, 'o-sociaal-huis', 'o-marienstede', 'o-ocmw-brugge', 'o-caw', 'ci-buurtbabbel', 'ci-boerenhulp'];
      expect(boundaryMarks(early)).toEqual(marks(insideEarly, ['o-buurthuis-kortrijk']));
      expect(sortedIds(early.relations)).toEqual(['r1', 'r6', 'r7', 'r8', 'r12', ...structuralNoord, cawInAssebroek, boerenhulpInAssebroek].sort());
    });

    it('returns a municipality with boundary partners, without structural ties leaving it', async () => {
      const sub = await (await loaded()).subgraph({ areaId: 'm-oostende' });
      expect(sub.areaKind).toBe('Municipality');
      const inside = ['m-oostende', 'n-centrum', 'n-mariakerke', 'o-sociaal-huis', 'o-marienstede', 'ci-buurtbabbel', 'p-zorgzame-buurt'];
      expect(boundaryMarks(sub)).toEqual(marks(inside, ['o-ocmw-brugge', 'tm-eline', 'o-caw', 'o-vvsg']));
      const structural = [
        rid('PART_OF', 'n-centrum', 'm-oostende'),
        rid('PART_OF', 'n-mariakerke', 'm-oostende'),
        rid('LOCATED_IN', 'o-sociaal-huis', 'n-centrum'),
        rid('LOCATED_IN', 'o-marienstede', 'n-mariakerke'),
        rid('LOCATED_IN', 'ci-buurtbabbel', 'n-mariakerke'),
        projectInCentrum,
      ];
      expect(sortedIds(sub.relations)).toEqual(['r1', 'r2', 'r3', 'r5', 'r4', 'r6', 'r9', 'r10', ...structural].sort());
    });

    it('returns a neighbourhood without the ties among its boundary partners', async () => {
      const sub = await (await loaded()).subgraph({ areaId: 'n-mariakerke' });
      expect(sub.areaKind).toBe('Neighbourhood');
      expect(boundaryMarks(sub)).toEqual(marks(['n-mariakerke', 'o-marienstede', 'ci-buurtbabbel'], ['o-sociaal-huis', 'p-zorgzame-buurt']));
      const located = [rid('LOCATED_IN', 'o-marienstede', 'n-mariakerke'), rid('LOCATED_IN', 'ci-buurtbabbel', 'n-mariakerke')];
      expect(sortedIds(sub.relations)).toEqual(['r1', 'r3', ...located].sort());
    });

    it('follows a move between neighbourhoods over time', async () => {
      const store = await loaded();
      const before = await store.subgraph({ areaId: 'n-zeebrugge' }, '2021-06-01');
      expect(boundaryMarks(before)).toEqual(marks(['n-zeebrugge']));
      expect(before.relations).toEqual([]);
      const after = await store.subgraph({ areaId: 'n-zeebrugge' }, '2023-01-01');
      expect(boundaryMarks(after)).toEqual(marks(['n-zeebrugge', 'o-caw'], ['o-sociaal-huis']));
      expect(sortedIds(after.relations)).toEqual([cawInZeebrugge, 'r9'].sort());
    });

    it('rejects an unknown area and an actor that is not an area', async () => {
      const store = await loaded();
      expect(pathsOf(await rejectsWithValidation(() => store.subgraph({ areaId: 'ghost' })))).toEqual(['scope.areaId']);
      expect(pathsOf(await rejectsWithValidation(() => store.subgraph({ areaId: 'o-vvsg' })))).toEqual(['scope.areaId']);
    });
  });

  describe('egoNetwork', () => {
    it('returns the direct collaboration partners at depth 1, marked boundary', async () => {
      const ego = await (await loaded()).egoNetwork('o-sociaal-huis', 1);
      expect(ego).toMatchObject({ areaId: null, areaKind: null, asOf: null });
      expect(boundaryMarks(ego)).toEqual(marks(['o-sociaal-huis'], ['o-marienstede', 'p-zorgzame-buurt', 'o-ocmw-brugge', 'o-caw']));
      expect(sortedIds(ego.relations)).toEqual(['r1', 'r2', 'r6', 'r9']);
    });

    it('reaches depth 2 and includes every relation among the nodes, structural ones too', async () => {
      const ego = await (await loaded()).egoNetwork('o-sociaal-huis', 2);
      const depth1 = ['o-sociaal-huis', 'o-marienstede', 'p-zorgzame-buurt', 'o-ocmw-brugge', 'o-caw'];
      const depth2 = ['ci-buurtbabbel', 'tm-eline', 'm-oostende', 'o-buurthuis-kortrijk', 'ci-boerenhulp', 'm-brugge'];
      expect(boundaryMarks(ego)).toEqual(marks(depth1, depth2));
      const expected = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r12', rid('LOCATED_IN', 'o-ocmw-brugge', 'm-brugge')];
      expect(sortedIds(ego.relations)).toEqual(expected.sort());
    });

    it('follows only relations active on asOf', async () => {
      const store = await loaded();
      const early = await store.egoNetwork('o-sociaal-huis', 1, '2020-06-01');
      expect(early.asOf).toBe('2020-06-01');
      expect(boundaryMarks(early)).toEqual(marks(['o-sociaal-huis'], ['o-marienstede', 'o-ocmw-brugge']));
      const later = await store.egoNetwork('o-sociaal-huis', 2, '2021-06-01');
      expect(boundaryMarks(later)).toEqual(
        marks(['o-sociaal-huis', 'o-marienstede', 'o-ocmw-brugge', 'o-caw'], ['o-buurthuis-kortrijk', 'ci-boerenhulp', 'm-brugge']),
      );
      expect(sortedIds(later.relations)).toEqual(['r1', 'r6', 'r7', 'r8', 'r9', 'r12', rid('LOCATED_IN', 'o-ocmw-brugge', 'm-brugge')].sort());
    });

    it('counts since and until as days the relation is active', async () => {
      const store = await loaded();
      const lastDay = await store.egoNetwork('o-ocmw-brugge', 1, '2022-06-30');
      expect(boundaryMarks(lastDay)).toEqual(marks(['o-ocmw-brugge'], ['o-sociaal-huis', 'o-buurthuis-kortrijk', 'm-brugge']));
      const dayAfter = await store.egoNetwork('o-ocmw-brugge', 1, '2022-07-01');
      expect(boundaryMarks(dayAfter)).toEqual(marks(['o-ocmw-brugge'], ['o-sociaal-huis', 'm-brugge']));
      expect(boundaryMarks(await store.egoNetwork('o-vvsg', 1, '2023-12-31'))).toEqual(marks(['o-vvsg']));
      expect(boundaryMarks(await store.egoNetwork('o-vvsg', 1, '2024-01-01'))).toEqual(marks(['o-vvsg'], ['m-oostende']));
      const moveDay = await store.subgraph({ areaId: 'n-zeebrugge' }, '2022-01-01');
      expect(boundaryMarks(moveDay)).toEqual(marks(['n-zeebrugge', 'o-caw'], ['o-sociaal-huis']));
    });

    it('does not follow structural relations', async () => {
      const ego = await (await loaded()).egoNetwork('tm-eline', 1);
      expect(boundaryMarks(ego)).toEqual(marks(['tm-eline'], ['p-zorgzame-buurt']));
      expect(sortedIds(ego.relations)).toEqual(['r4']);
    });

    it('rejects a depth outside 1..4 and an unknown actor', async () => {
      const store = await loaded();
      for (const depth of [0, 5, 1.5]) {
        expect(pathsOf(await rejectsWithValidation(() => store.egoNetwork('o-caw', depth)))).toEqual(['depth']);
      }
      expect(pathsOf(await rejectsWithValidation(() => store.egoNetwork('ghost', 1)))).toEqual(['actorId']);
    });
  });
}
