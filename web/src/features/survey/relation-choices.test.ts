import { endpointKindProblem, relationKinds, surveyRelationKinds } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { newPartner } from './answer-draft';
import { choiceOf, choiceValue, relationChoices, relationOptions } from './relation-choices';

describe('kinds of collaboration offered, each way the schema allows', () => {
  it('offers only choices whose relation the schema allows, from the respondent or, reversed, from the partner', () => {
    for (const [respondent, partner] of [['Organisation', 'Municipality'], ['Project', 'Organisation'], ['CitizenInitiative', 'Organisation']] as const) {
      for (const { kind, direction } of relationChoices(respondent, partner)) {
        const [source, target] = direction === 'FROM_RESPONDENT' ? [respondent, partner] : [partner, respondent];
        expect(endpointKindProblem(kind, source, target), `${kind} ${direction}`).toBeNull();
        if (direction === 'TO_RESPONDENT') expect(relationKinds[kind].directed).toBe(true);
      }
    }
  });

  it('lets an organisation say that another refers to it, and a project that an organisation funds it', () => {
    expect(relationChoices('Organisation', 'Organisation')).toEqual(
      expect.arrayContaining([
        { kind: 'REFERS_TO', direction: 'FROM_RESPONDENT' },
        { kind: 'REFERS_TO', direction: 'TO_RESPONDENT' },
        { kind: 'FUNDS', direction: 'TO_RESPONDENT' },
      ]),
    );
    const project = relationChoices('Project', 'Organisation');
    expect(project).toContainEqual({ kind: 'FUNDS', direction: 'TO_RESPONDENT' });
    // A project funds no one: only the reversed sentence.
    expect(project).not.toContainEqual({ kind: 'FUNDS', direction: 'FROM_RESPONDENT' });
    // "Partners with" reads the same both ways: offered once.
    expect(project.filter((c) => c.kind === 'PARTNERS_WITH')).toEqual([{ kind: 'PARTNERS_WITH', direction: 'FROM_RESPONDENT' }]);
  });

  it('words every choice as a sentence about the partner, in both languages', () => {
    const partner = { name: 'Mintus', kind: 'Organisation' as const };
    const nl = relationOptions('Organisation', partner, 'nl');
    expect(nl).toContainEqual({ value: 'REFERS_TO:FROM_RESPONDENT', label: 'verwijst door naar Mintus' });
    expect(nl).toContainEqual({ value: 'REFERS_TO:TO_RESPONDENT', label: 'Mintus verwijst door naar ons' });
    expect(nl).toContainEqual({ value: 'FUNDS:TO_RESPONDENT', label: 'Mintus financiert ons' });
    expect(nl[0]).toEqual({ value: 'PARTNERS_WITH:FROM_RESPONDENT', label: 'werkt samen met Mintus' });
    const en = relationOptions('Organisation', partner, 'en');
    expect(en).toContainEqual({ value: 'REFERS_TO:TO_RESPONDENT', label: 'Mintus refers to us' });
    expect(new Set(nl.map((o) => o.label)).size).toBe(nl.length);
  });

  it('reads an option back into its kind and direction', () => {
    for (const choice of relationChoices('Organisation', null)) expect(choiceOf(choiceValue(choice))).toEqual(choice);
  });

  it('offers every kind, directed ones both ways, when the partner kind is unknown', () => {
    const all = relationChoices('Organisation', null);
    expect(new Set(all.map((c) => c.kind))).toEqual(new Set(surveyRelationKinds));
    expect(all.filter((c) => c.direction === 'TO_RESPONDENT').map((c) => c.kind)).toEqual(surveyRelationKinds.filter((k) => relationKinds[k].directed));
  });

  it('starts a new partner on "partners with" where allowed, else on the first choice', () => {
    expect(newPartner({ actorId: 'a' }, relationChoices('Organisation', 'Organisation'))).toMatchObject({ relationKind: 'PARTNERS_WITH', direction: 'FROM_RESPONDENT' });
    expect(newPartner({ actorId: 'a' }, [{ kind: 'FUNDS', direction: 'TO_RESPONDENT' }])).toMatchObject({ relationKind: 'FUNDS', direction: 'TO_RESPONDENT' });
  });
});
