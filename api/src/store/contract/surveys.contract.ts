import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../graph-store';
import type { NewSurveyRound, ReportedPartner } from '../survey-store';
import { rejectsWithValidation, snapshot, type ContractContext } from './contract-helpers';
import { fixtureDocument } from './fixture';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const editor = { userId: 'u-editor', userName: 'editor' };
const respondent = { userId: null, userName: 'survey:inv-huis' };

const round: NewSurveyRound = { id: 'sr-2026', title: 'Netwerkbevraging 2026', intro: 'Met wie werkt u samen?', areaId: 'cz-noord', opensOn: '2026-01-01', closesOn: '2026-03-31', createdBy: 'editor' };
const invitations = [
  { id: 'inv-huis', actorId: 'o-sociaal-huis', tokenHash: hash('t-huis') },
  { id: 'inv-stede', actorId: 'o-marienstede', tokenHash: hash('t-stede') },
];
const tie: ReportedPartner = { partnerActorId: 'o-marienstede', relationKind: 'PARTNERS_WITH', level: 'COORDINATED', frequency: 'MONTHLY', value: 3, trust: 4, since: '2021-05-01', note: 'Samen onthaal' };

async function codes(store: GraphStore, partners: ReportedPartner[], id = 'inv-huis') {
  return (await rejectsWithValidation(() => store.saveSurveyAnswer(id, { partners }, 'submit'))).map((i) => [i.path, i.code]);
}

async function withRound(store: GraphStore): Promise<void> {
  await store.importGraph(fixtureDocument());
  await store.createSurveyRound(round, invitations, editor);
}

export function defineSurveysContract(ctx: ContractContext): void {
  describe('network surveys: rounds and invitations', () => {
    it('stores a round with its invitations, finds an invitation by its token hash, and audits the round without hashes', async () => {
      const store = ctx.store();
      await withRound(store);
      const stored = await store.getSurveyRound('sr-2026');
      expect(stored).toMatchObject({ ...round, projectId: null, status: 'OPEN' });
      expect((await store.listSurveyRounds()).map((r) => r.id)).toEqual(['sr-2026']);
      expect((await store.listSurveyInvitations('sr-2026')).map((i) => [i.id, i.actorId, i.revokedAt])).toEqual([
        ['inv-huis', 'o-sociaal-huis', null],
        ['inv-stede', 'o-marienstede', null],
      ]);
      expect((await store.findSurveyInvitation(hash('t-stede')))?.id).toBe('inv-stede');
      expect(await store.findSurveyInvitation(hash('t-other'))).toBeNull();
      const { items } = await store.auditLog({ operations: ['createSurveyRound'] }, { offset: 0, limit: 5 });
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ targetType: 'survey', targetId: 'sr-2026', userName: 'editor', after: { invited: 2 } });
      expect(JSON.stringify(items[0])).not.toContain(hash('t-huis'));
    });

    it('refuses a bad round naming the field, and writes nothing', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const issues = async (r: NewSurveyRound, inv = invitations) => (await rejectsWithValidation(() => store.createSurveyRound(r, inv))).map((i) => [i.path, i.code]);
      expect(await issues({ ...round, areaId: 'o-caw' })).toEqual([['areaId', 'notAnArea']]);
      expect(await issues({ ...round, areaId: 'nowhere' })).toEqual([['areaId', 'unknownActor']]);
      expect(await issues({ ...round, areaId: null, projectId: 'o-caw' })).toEqual([['projectId', 'notAProject']]);
      expect(await issues({ ...round, closesOn: '2025-12-01' })).toEqual([['closesOn', 'closesBeforeOpens']]);
      expect(await issues(round, [...invitations, { id: 'inv-3', actorId: 'o-sociaal-huis', tokenHash: hash('t-3') }])).toEqual([['invitations[2].actorId', 'duplicateInvitation']]);
      expect(await issues(round, [{ id: 'inv-3', actorId: 'ghost', tokenHash: 'not-a-hash' }])).toEqual([
        ['invitations[0].actorId', 'unknownActor'],
        ['invitations[0].tokenHash', 'invitationTaken'],
      ]);
      expect(await store.listSurveyRounds()).toEqual([]);
      expect(await store.listSurveyInvitations('sr-2026')).toEqual([]);
      await store.createSurveyRound({ ...round, areaId: null, projectId: 'p-zorgzame-buurt' }, invitations);
      expect(await issues({ ...round, id: 'sr-2026' }, [])).toEqual([['id', 'surveyRoundIdTaken']]);
      expect(await issues({ ...round, id: 'sr-other' }, [{ id: 'inv-new', actorId: 'o-caw', tokenHash: hash('t-huis') }])).toEqual([['invitations[0].tokenHash', 'invitationTaken']]);
    });

    it('revokes, reissues and marks invitations seen; adds invitations; closes a round', async () => {
      const store = ctx.store();
      await withRound(store);
      const revoked = await store.updateSurveyInvitation('inv-huis', { revokedAt: '2026-01-05T10:00:00.000Z' });
      expect(revoked.revokedAt).toBe('2026-01-05T10:00:00.000Z');
      const reissued = await store.updateSurveyInvitation('inv-huis', { tokenHash: hash('t-huis-2') });
      expect(reissued).toMatchObject({ revokedAt: null, tokenHash: hash('t-huis-2') });
      expect(await store.findSurveyInvitation(hash('t-huis'))).toBeNull();
      expect((await store.findSurveyInvitation(hash('t-huis-2')))?.id).toBe('inv-huis');
      expect((await store.updateSurveyInvitation('inv-huis', { lastSeenAt: '2026-01-06T08:00:00.000Z' })).lastSeenAt).toBe('2026-01-06T08:00:00.000Z');
      expect((await rejectsWithValidation(() => store.updateSurveyInvitation('inv-huis', { tokenHash: hash('t-stede') }))).map((i) => i.path)).toEqual(['tokenHash']);
      expect((await rejectsWithValidation(() => store.updateSurveyInvitation('nope', { lastSeenAt: 'x' }))).map((i) => i.code)).toEqual(['unknownInvitation']);
      await store.addSurveyInvitations('sr-2026', [{ id: 'inv-caw', actorId: 'o-caw', tokenHash: hash('t-caw') }]);
      expect((await store.listSurveyInvitations('sr-2026')).map((i) => i.id)).toEqual(['inv-caw', 'inv-huis', 'inv-stede']);
      await rejectsWithValidation(() => store.addSurveyInvitations('sr-2026', [{ id: 'inv-caw-2', actorId: 'o-caw', tokenHash: hash('t-caw-2') }]));
      expect((await store.setSurveyRoundStatus('sr-2026', 'CLOSED')).status).toBe('CLOSED');
      expect((await store.getSurveyRound('sr-2026'))?.status).toBe('CLOSED');
      await rejectsWithValidation(() => store.setSurveyRoundStatus('nope', 'CLOSED'));
    });
  });

  describe('network surveys: answers, erasure and acceptance', () => {
    it('keeps a draft apart from the submission; a new submission replaces the earlier one and is audited without the contact', async () => {
      const store = ctx.store();
      await withRound(store);
      const contact = { name: 'An Peeters', email: 'an@sociaalhuis.be' };
      const draft = await store.saveSurveyAnswer('inv-huis', { contact, partners: [tie] }, 'draft', respondent);
      expect(draft).toMatchObject({ invitationId: 'inv-huis', roundId: 'sr-2026', submitted: null, draft: { contact, partners: [tie] } });
      expect((await store.auditLog({ operations: ['submitSurveyAnswer'] }, { offset: 0, limit: 5 })).total).toBe(0);
      await store.saveSurveyAnswer('inv-huis', { contact, partners: [tie] }, 'submit', respondent);
      const proposal: ReportedPartner = { proposedActor: { name: 'Buurtkern De Linde', kind: 'CitizenInitiative', place: 'Oostende' }, relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE', valueItems: { INFLUENCE: 2 }, trustItems: { OPEN: 3 } };
      await store.saveSurveyAnswer('inv-huis', { contact, partners: [proposal] }, 'submit', respondent);
      await store.saveSurveyAnswer('inv-huis', { partners: [] }, 'draft', respondent);
      const answer = await store.getSurveyAnswer('inv-huis');
      expect(answer?.submitted?.partners).toEqual([proposal]);
      expect(answer?.draft).toEqual({ contact: null, partners: [] });
      expect((await store.listSurveyAnswers('sr-2026')).map((a) => a.invitationId)).toEqual(['inv-huis']);
      const { items } = await store.auditLog({ operations: ['submitSurveyAnswer'] }, { offset: 0, limit: 5 });
      // Two submissions within one millisecond share `at`: compared without their order.
      expect(items.map((e) => e.after).sort((a, b) => Number(a?.replaced) - Number(b?.replaced))).toEqual([
        { roundId: 'sr-2026', invitationId: 'inv-huis', partners: 1, proposedActors: 0, replaced: false },
        { roundId: 'sr-2026', invitationId: 'inv-huis', partners: 1, proposedActors: 1, replaced: true },
      ]);
      expect(items[0]?.userName).toBe('survey:inv-huis');
      expect(JSON.stringify(items)).not.toContain('an@sociaalhuis.be');
    });

    it('keeps the value and trust items as answered, beside an older answer’s single scores, in drafts and submissions', async () => {
      const store = ctx.store();
      await withRound(store);
      const items: ReportedPartner = { ...tie, value: null, trust: null, valueItems: { INFLUENCE: 2, RESOURCES: 4 }, trustItems: { RELIABLE: 3, MISSION: 4, OPEN: 1 } };
      const legacy: ReportedPartner = { ...tie, partnerActorId: 'o-caw', valueItems: null, trustItems: null };
      await store.saveSurveyAnswer('inv-huis', { partners: [items, legacy] }, 'submit');
      // Unanswered items are not kept: `INVOLVEMENT: null` is stored as no answer.
      await store.saveSurveyAnswer('inv-stede', { partners: [{ ...items, partnerActorId: 'o-sociaal-huis', valueItems: { INVOLVEMENT: null, INFLUENCE: 1 }, trustItems: { OPEN: null } }] }, 'draft');
      const [huis, stede] = await store.listSurveyAnswers('sr-2026');
      expect(huis?.submitted?.partners.map((p) => [p.valueItems, p.trustItems, p.value, p.trust])).toEqual([
        [{ INFLUENCE: 2, RESOURCES: 4 }, { RELIABLE: 3, MISSION: 4, OPEN: 1 }, null, null],
        [null, null, 3, 4],
      ]);
      expect(stede?.draft?.partners[0]).toMatchObject({ valueItems: { INFLUENCE: 1 } });
      expect(stede?.draft?.partners[0]?.trustItems).toBeUndefined();
      expect(await codes(store, [{ ...tie, trust: null, trustItems: { OPEN: 9 } }])).toEqual([['partners[0].trustItems.OPEN', 'outOfRange']]);
      expect((await store.getSurveyAnswer('inv-huis'))?.submitted?.partners).toEqual(huis?.submitted?.partners);
    });

    it('refuses a bad answer naming the field, and keeps the earlier one', async () => {
      const store = ctx.store();
      await withRound(store);
      await store.saveSurveyAnswer('inv-huis', { partners: [tie] }, 'submit');
      const codes = async (partners: ReportedPartner[], id = 'inv-huis') =>
        (await rejectsWithValidation(() => store.saveSurveyAnswer(id, { partners }, 'submit'))).map((i) => [i.path, i.code]);
      expect(await codes([{ ...tie, trust: 7 }])).toEqual([['partners[0].trust', 'outOfRange']]);
      expect(await codes([{ ...tie, partnerActorId: 'o-sociaal-huis' }])).toEqual([['partners[0].partnerActorId', 'selfAsPartner']]);
      expect(await codes([tie, { ...tie, partnerActorId: 'ghost' }])).toEqual([['partners[1].partnerActorId', 'unknownActor']]);
      expect(await codes([tie], 'inv-none')).toEqual([['invitationId', 'unknownInvitation']]);
      expect((await store.getSurveyAnswer('inv-huis'))?.submitted?.partners).toEqual([tie]);
    });

    it('refuses a submission with a partner without a value or a trust score, as the form does, changing nothing; a draft may lack them', async () => {
      const store = ctx.store();
      await withRound(store);
      await store.saveSurveyAnswer('inv-huis', { partners: [tie] }, 'submit', respondent);
      const before = await store.getSurveyAnswer('inv-huis');
      const unscored: ReportedPartner = { partnerActorId: 'o-caw', relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE' };
      const trustOnly: ReportedPartner = { ...unscored, partnerActorId: 'o-vvsg', value: null, trust: null, valueItems: { INFLUENCE: null }, trustItems: { OPEN: 2 } };
      expect(await codes(store, [tie, unscored, trustOnly])).toEqual([
        ['partners[1].valueItems', 'itemRequired'],
        ['partners[1].trustItems', 'itemRequired'],
        ['partners[2].valueItems', 'itemRequired'],
      ]);
      expect(await store.getSurveyAnswer('inv-huis')).toEqual(before);
      expect((await store.auditLog({ operations: ['submitSurveyAnswer'] }, { offset: 0, limit: 5 })).total).toBe(1);
      const draft = await store.saveSurveyAnswer('inv-huis', { partners: [tie, unscored, trustOnly] }, 'draft', respondent);
      expect(draft.draft?.partners.map((p) => p.partnerActorId)).toEqual(['o-marienstede', 'o-caw', 'o-vvsg']);
      expect(draft.submitted).toEqual(before?.submitted);
    });

    it('erases a respondent’s contact from draft and submission, audited; false when there is none', async () => {
      const store = ctx.store();
      await withRound(store);
      await store.saveSurveyAnswer('inv-huis', { contact: { name: 'An' }, partners: [tie] }, 'submit');
      await store.saveSurveyAnswer('inv-huis', { contact: { phone: '050 12 34 56' }, partners: [] }, 'draft');
      expect(await store.eraseRespondent('inv-huis', editor)).toBe(true);
      const answer = await store.getSurveyAnswer('inv-huis');
      expect([answer?.draft?.contact, answer?.submitted?.contact]).toEqual([null, null]);
      expect(answer?.submitted?.partners).toEqual([tie]);
      expect(await store.eraseRespondent('inv-huis', editor)).toBe(false);
      expect(await store.eraseRespondent('inv-stede', editor)).toBe(false);
      expect((await store.auditLog({ operations: ['eraseRespondent'] }, { offset: 0, limit: 5 })).items.map((e) => e.targetId)).toEqual(['inv-huis']);
    });

    it('records acceptances once per round, subject and key (again replaces), for known rounds only', async () => {
      const store = ctx.store();
      await withRound(store);
      const acceptance = { roundId: 'sr-2026', subject: 'tie' as const, reportKey: 'PARTNERS_WITH|o-marienstede|o-sociaal-huis', resultId: 'r1', acceptedBy: 'editor', acceptedAt: '2026-04-01T09:00:00.000Z' };
      await store.recordSurveyAcceptance(acceptance);
      await store.recordSurveyAcceptance({ ...acceptance, acceptedBy: 'admin' });
      await store.recordSurveyAcceptance({ ...acceptance, subject: 'actor', reportKey: 'prop-1', resultId: 'ci-new' });
      expect((await store.listSurveyAcceptances('sr-2026')).map((a) => [a.subject, a.reportKey, a.acceptedBy])).toEqual([
        ['actor', 'prop-1', 'editor'],
        ['tie', 'PARTNERS_WITH|o-marienstede|o-sociaal-huis', 'admin'],
      ]);
      expect((await rejectsWithValidation(() => store.recordSurveyAcceptance({ ...acceptance, roundId: 'nope' }))).map((i) => i.code)).toEqual(['unknownSurveyRound']);
      expect((await rejectsWithValidation(() => store.recordSurveyAcceptance({ ...acceptance, resultId: '' }))).map((i) => i.path)).toEqual(['resultId']);
    });

    it('keeps survey data out of the graph: the change mark, counts, export and scopes do not move', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const mark = await store.changeMark();
      const graph = await snapshot(store);
      const counts = await store.counts();
      const scope = await store.subgraph({ areaId: 'cz-noord' });
      await store.createSurveyRound(round, invitations, editor);
      await store.updateSurveyInvitation('inv-huis', { lastSeenAt: '2026-01-02T00:00:00.000Z' });
      await store.saveSurveyAnswer('inv-huis', { contact: { name: 'An' }, partners: [tie] }, 'submit');
      await store.recordSurveyAcceptance({ roundId: 'sr-2026', subject: 'tie', reportKey: 'k', resultId: 'r1', acceptedBy: 'editor', acceptedAt: '2026-04-01T00:00:00.000Z' });
      await store.eraseRespondent('inv-huis', editor);
      expect(await store.changeMark()).toBe(mark);
      expect(await snapshot(store)).toEqual(graph);
      expect(await store.counts()).toEqual(counts);
      expect(await store.subgraph({ areaId: 'cz-noord' })).toEqual(scope);
      expect(await store.searchActors('netwerkbevraging', 5)).toEqual([]);
    });
  });
}
