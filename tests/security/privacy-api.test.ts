import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type Caller, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';

describe.each(testStoreKinds('privacy API'))('privacy API on %s', (storeKind) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ store: storeKind });
    // Personal data outside the person's own record: a contact person and free text naming her.
    await app.store.upsertActor({
      id: 'org-privacy-test', kind: 'Organisation', name: 'Buurtwerk Privacytest',
      description: 'Samen met Lotte Voorbeeld opgestart.', contact: { email: 'info@buurtwerk.example', person: 'Jan Contactpersoon' },
    });
    await app.store.upsertRelation({ id: 'rel-privacy-test', kind: 'PARTNERS_WITH', source: 'org-privacy-test', target: 'mun-brugge', note: 'Afspraak via Lotte Voorbeeld' });
  });
  afterAll(() => app.stop());

  interface ActorView {
    name: string;
    kind: string;
    description: string | null;
    personalDataHidden: boolean;
    contact: { email: string | null; person: string | null } | null;
  }

  const actorFields = 'name kind description personalDataHidden contact { email person }';

  async function actor(id: string, as: Caller) {
    const res = await gql<{ actor: ActorView }>(app.url, `query ($id: ID!) { actor(id: $id) { ${actorFields} } }`, { id }, { as });
    expect(res.errors).toBeUndefined();
    return res.data!.actor;
  }

  describe('personal data by role', () => {
    it('shows a viewer the role of a transition manager, not the person', async () => {
      expect(await actor('tm-01', 'viewer')).toEqual({
        name: 'Transitiemanager', kind: 'TransitionManager', personalDataHidden: true, contact: null,
        // "Fictief" is also the surname of a demo person (Sara Fictief), so it is replaced too.
        description: 'Transitiemanager zorgzame buurten, ELZ Brugge. Transitiemanager persoon voor de demo.',
      });
    });

    it('shows editors and admins the person', async () => {
      for (const as of ['editor', 'admin'] as const) {
        expect(await actor('tm-01', as)).toMatchObject({
          name: 'Lotte Voorbeeld', personalDataHidden: false, contact: { email: 'lotte.voorbeeld@example.org' },
        });
      }
    });

    it('hides contact persons and names of people in free text from viewers only', async () => {
      expect(await actor('org-privacy-test', 'viewer')).toEqual({
        name: 'Buurtwerk Privacytest', kind: 'Organisation', personalDataHidden: false,
        description: 'Samen met Transitiemanager opgestart.', contact: { email: 'info@buurtwerk.example', person: null },
      });
      expect(await actor('org-privacy-test', 'editor')).toMatchObject({
        description: 'Samen met Lotte Voorbeeld opgestart.', contact: { person: 'Jan Contactpersoon' },
      });
      const note = (as: Caller) => gql<{ relation: { note: string } }>(app.url, '{ relation(id: "rel-privacy-test") { note } }', {}, { as });
      expect((await note('viewer')).data?.relation.note).toBe('Afspraak via Transitiemanager');
      expect((await note('editor')).data?.relation.note).toBe('Afspraak via Lotte Voorbeeld');
    });

    it('hides other forms of a name from viewers: case, spacing, initial, e-mail, and contact persons', async () => {
      const description = 'Bel JAN\u00A0 contactpersoon of L. Voorbeeld\n(lotte.voorbeeld@example.org); voorbeeld, lotte weet het.';
      await gql(app.url, 'mutation ($d: String!) { upsertActor(input: { id: "org-privacy-forms", kind: Organisation, name: "Vormen", description: $d }) { id } }', { d: description }, { as: 'editor' });
      expect((await actor('org-privacy-forms', 'viewer')).description).toBe('Bel Contactpersoon of Transitiemanager\n(Transitiemanager); Transitiemanager weet het.');
      expect((await actor('org-privacy-forms', 'editor')).description).toBe(description);
    });

    it('applies to every query returning actors: networks and ego networks too', async () => {
      const query = '{ network(scope: { areaId: "cz-brugge" }) { nodes { id name personalDataHidden } } egoNetwork(actorId: "prj-zb-assebroek") { nodes { id name } } }';
      const res = await gql<{ network: { nodes: { id: string; name: string }[] }; egoNetwork: { nodes: { id: string; name: string }[] } }>(app.url, query, {}, { as: 'viewer' });
      const names = [...res.data!.network.nodes, ...res.data!.egoNetwork.nodes].filter((n) => n.id === 'tm-01').map((n) => n.name);
      expect(names).toEqual(['Transitiemanager', 'Transitiemanager']);
      expect(JSON.stringify(res.data)).not.toContain('Lotte');
    });

    it('sorts and pages the actors list on what the caller sees: a viewer finds people under their role, not their name', async () => {
      const names = async (as: Caller) => {
        const res = await gql<{ actors: { items: { name: string }[] } }>(app.url, '{ actors(limit: 500) { items { name } } }', {}, { as });
        return res.data!.actors.items.map((a) => a.name);
      };
      const folded = (list: string[]) => list.map((n) => n.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
      const sorted = (list: string[]) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const viewer = folded(await names('viewer'));
      expect(viewer).toContain('transitiemanager');
      expect(viewer).toEqual(sorted(viewer));
      const editor = folded(await names('editor'));
      expect(editor).toContain('lotte voorbeeld');
      expect(editor).toEqual(sorted(editor));
    });

    it('does not let a viewer find a person by name', async () => {
      const search = (as: Caller) => gql<{ search: { id: string }[] }>(app.url, '{ search(text: "lotte voorbeeld") { id } }', {}, { as });
      expect((await search('viewer')).data?.search).toEqual([]);
      expect((await search('editor')).data?.search.map((a) => a.id)).toEqual(['tm-01']);
    });
  });

  describe('audit trail and erasure over the API', () => {
    it('shows admins who changed what, with the record before and after', async () => {
      await gql(app.url, 'mutation { upsertActor(input: { id: "org-audit-test", kind: Organisation, name: "Eerst" }) { id } }', {}, { as: 'editor' });
      await gql(app.url, 'mutation { upsertActor(input: { id: "org-audit-test", kind: Organisation, name: "Daarna" }) { id } }', {}, { as: 'editor' });
      const res = await gql<{ auditLog: { total: number; items: { userName: string; operation: string; before: { name: string } | null; after: { name: string } }[] } }>(
        app.url,
        '{ auditLog(filter: { targetId: "org-audit-test" }) { total items { userName operation before after } } }',
        {},
        { as: 'admin' },
      );
      expect(res.data?.auditLog.total).toBe(2);
      expect(res.data?.auditLog.items.map((e) => [e.userName, e.operation, e.before?.name ?? null, e.after.name])).toEqual([
        ['test-editor', 'upsertActor', 'Eerst', 'Daarna'],
        ['test-editor', 'upsertActor', null, 'Eerst'],
      ]);
    });

    it('scrubs the name of a person added after a viewer has already read (the name list is rebuilt)', async () => {
      expect((await actor('org-privacy-test', 'viewer')).description).toBe('Samen met Transitiemanager opgestart.');
      await gql(app.url, 'mutation { upsertActor(input: { id: "tm-later", kind: TransitionManager, name: "Piet Nieuwkomer" }) { id } }', {}, { as: 'editor' });
      await gql(app.url, 'mutation { upsertActor(input: { id: "org-privacy-later", kind: Organisation, name: "Later", description: "Gestart door Piet Nieuwkomer." }) { id } }', {}, { as: 'editor' });
      expect((await actor('org-privacy-later', 'viewer')).description).toBe('Gestart door Transitiemanager.');
      expect((await actor('org-privacy-later', 'editor')).description).toBe('Gestart door Piet Nieuwkomer.');
    });

    it('lets an admin erase a person, keeping the audit entries pseudonymised', async () => {
      await gql(app.url, 'mutation { upsertActor(input: { id: "tm-erase-me", kind: TransitionManager, name: "Erika Wisbaar" }) { id } }', {}, { as: 'editor' });
      // Renamed before the erasure: the earlier name in the audit trail must go too.
      await gql(app.url, 'mutation { upsertActor(input: { id: "tm-erase-me", kind: TransitionManager, name: "E. Wisbaar-Ooms" }) { id } }', {}, { as: 'editor' });
      await gql(app.url, 'mutation { upsertRelation(input: { kind: COACHES, source: "tm-erase-me", target: "mun-brugge" }) { id } }', {}, { as: 'editor' });
      const erased = await gql<{ erasePerson: { pseudonym: string; relationsDeleted: number; entriesPseudonymised: number } }>(
        app.url, 'mutation { erasePerson(actorId: "tm-erase-me") { pseudonym relationsDeleted entriesPseudonymised } }', {}, { as: 'admin' },
      );
      expect(erased.data?.erasePerson).toMatchObject({ relationsDeleted: 1, entriesPseudonymised: 3 });
      expect((await gql<{ actor: unknown }>(app.url, '{ actor(id: "tm-erase-me") { id } }', {}, { as: 'admin' })).data?.actor).toBeNull();
      const log = await gql(app.url, '{ auditLog(limit: 500) { items { targetId before after } } }', {}, { as: 'admin' });
      const text = JSON.stringify(log.data);
      expect(text).not.toMatch(/tm-erase-me|Erika|Wisbaar/);
      expect(text).toContain(erased.data!.erasePerson.pseudonym);
    });
  });
});
