import { describe, expect, it } from 'vitest';
import { limits, type ActorInput, type ValidationIssue } from '@weefsel/graph-schema';
import { ids, rejectsWithValidation, snapshot, type ContractContext } from './contract-helpers';
import { fixtureDocument } from './fixture';

const club: ActorInput = { id: 'o-club', kind: 'Organisation', name: 'Buurtclub' };

/** Each class of refused character, in the field where it is refused, with the issue it gives. */
const refused: { what: string; actor: Partial<ActorInput>; path: string; code: string; params: Record<string, unknown> }[] = [
  { what: 'NUL in a name', actor: { name: 'Buurt\u0000club' }, path: 'name', code: 'forbiddenCharacter', params: { character: 'U+0000', position: 6 } },
  { what: 'a tab inside a name (one line)', actor: { name: 'Buurt\tclub' }, path: 'name', code: 'forbiddenCharacter', params: { character: 'U+0009', position: 6 } },
  { what: 'a bell in a description', actor: { description: 'ring\u0007' }, path: 'description', code: 'forbiddenCharacter', params: { character: 'U+0007', position: 5 } },
  { what: 'a right-to-left override', actor: { name: 'Buurt\u202Ebulc' }, path: 'name', code: 'forbiddenCharacter', params: { character: 'U+202E', position: 6 } },
  { what: 'a bidi isolate in a contact field', actor: { contact: { person: 'An\u2066na' } }, path: 'contact.person', code: 'forbiddenCharacter', params: { character: 'U+2066', position: 3 } },
  { what: 'an unpaired surrogate', actor: { name: 'Buurt\uD800club' }, path: 'name', code: 'forbiddenCharacter', params: { character: 'U+D800', position: 6 } },
  { what: 'a name of zero-width spaces only', actor: { name: '\u200B\u200B' }, path: 'name', code: 'invisibleOnly', params: {} },
  { what: 'a description of a word joiner and a BOM only', actor: { description: '\u2060\uFEFF' }, path: 'description', code: 'invisibleOnly', params: {} },
];

/** What text a store accepts (graph-schema text-rules.ts), on every write path and in search. */
export function defineTextContract(ctx: ContractContext): void {
  async function refusedUnchanged(run: () => Promise<unknown>): Promise<ValidationIssue[]> {
    const before = await snapshot(ctx.store());
    const issues = await rejectsWithValidation(run);
    expect(await snapshot(ctx.store())).toEqual(before);
    return issues;
  }

  describe('text rules', () => {
    it.each(refused)('refuses $what in upsertActor and importGraph, and changes nothing', async ({ actor, path, code, params }) => {
      const store = ctx.store();
      const input = { ...club, ...actor } as ActorInput;
      expect(await refusedUnchanged(() => store.upsertActor(input))).toMatchObject([{ path, code, params }]);
      const doc = { actors: [input], relations: [] };
      expect(await refusedUnchanged(() => store.importGraph(doc))).toMatchObject([{ path: `actors[0].${path}`, code, params }]);
    });

    it('refuses a control character or override in a note, and keeps tabs and newlines in multi-line text', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const relation = { kind: 'PARTNERS_WITH', source: 'o-caw', target: 'o-vvsg' } as const;
      expect(await refusedUnchanged(() => store.upsertRelation({ ...relation, note: 'a\u0000b' }))).toMatchObject([{ path: 'note', code: 'forbiddenCharacter' }]);
      expect(await refusedUnchanged(() => store.upsertRelation({ ...relation, note: '\u202Dx' }))).toMatchObject([{ path: 'note', code: 'forbiddenCharacter' }]);
      expect((await store.upsertRelation({ ...relation, note: 'eerst\n\tdan' })).note).toBe('eerst\n\tdan');
      const described = await store.upsertActor({ ...club, name: 'Buurtclub Noord', description: 'regel 1\r\nregel\t2' });
      expect(described).toMatchObject({ name: 'Buurtclub Noord', description: 'regel 1\r\nregel\t2' });
    });

    it('refuses a search text over the cap or with a control character, and answers one at the cap', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const max = limits.searchLength;
      expect(await rejectsWithValidation(() => store.searchActors('en'.repeat(max), 10))).toMatchObject([{ path: 'text', code: 'tooLong', params: { max } }]);
      expect(await rejectsWithValidation(() => store.searchActors('a\u0000b', 10))).toMatchObject([{ path: 'text', code: 'forbiddenCharacter', params: { character: 'U+0000', position: 2 } }]);
      expect(await rejectsWithValidation(() => store.searchActors('oost\u202Eende', 10))).toMatchObject([{ code: 'forbiddenCharacter' }]);
      expect(await store.searchActors('en'.repeat(max / 2), 10)).toEqual([]);
      expect(ids(await store.searchActors(`${'Oostende'.padEnd(max, ' ')}`, 10))[0]).toBe('m-oostende');
    });

    it('leaves out excluded kinds before the limit, so the page stays full', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      // "e" starts the words of both care zones and of the transition manager Éline Peeters.
      expect(ids(await store.searchActors('e', 3))).toEqual(['cz-noord', 'cz-zuid', 'tm-eline']);
      const withoutPeople = ids(await store.searchActors('e', 3, { excludeKinds: ['TransitionManager'] }));
      expect(withoutPeople).toHaveLength(3);
      expect(withoutPeople.slice(0, 2)).toEqual(['cz-noord', 'cz-zuid']);
      expect(withoutPeople).not.toContain('tm-eline');
      expect(await store.searchActors('eline', 10, { excludeKinds: ['TransitionManager'] })).toEqual([]);
    });
  });
}
