import type { Actor, NodeKind } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import type { ReportedPartner, SurveyAnswer, SurveyInvitation, SurveyRound } from '../../store/survey-store';
import { roundNetwork } from './round-network';
import type { RoundData } from './survey-results';

const at = '2026-02-01T10:00:00.000Z';
const round: SurveyRound = { id: 'sr-1', title: 'Bevraging 2026', intro: null, areaId: 'm-a', projectId: null, opensOn: '2026-01-15', closesOn: '2026-03-15', createdBy: 'editor', status: 'OPEN', createdAt: at };
const actor = (id: string, kind: NodeKind, name: string, contact: Actor['contact'] = null): Actor => ({ id, kind, name, description: null, formal: true, domains: [], targetGroups: [], contact, since: null, until: null, createdAt: at, updatedAt: at });
const actors = new Map(
  [actor('o-caw', 'Organisation', 'CAW', { person: 'Jan Peeters', email: 'info@caw.be' }), actor('o-ocmw', 'Organisation', 'OCMW'), actor('tm-1', 'TransitionManager', 'Els Janssens', { email: 'els@example.be' })].map((a) => [a.id, a]),
);
const invitation = (id: string, actorId: string): SurveyInvitation => ({ id, roundId: round.id, actorId, tokenHash: 'x'.repeat(64), revokedAt: null, lastSeenAt: null, createdAt: at });
const answer = (invitationId: string, partners: ReportedPartner[]): SurveyAnswer => ({
  invitationId,
  roundId: round.id,
  draft: null,
  draftSavedAt: null,
  submitted: { contact: { name: 'Invuller', email: 'invuller@example.be' }, partners },
  submittedAt: at,
});

const data: RoundData = {
  round,
  invitations: [invitation('inv-caw', 'o-caw'), invitation('inv-ocmw', 'o-ocmw')],
  answers: [
    answer('inv-caw', [
      { partnerActorId: 'o-ocmw', relationKind: 'REFERS_TO', direction: 'TO_RESPONDENT', level: 'COOPERATIVE', since: '2023-01-01', note: 'Jan Peeters belt' },
      { partnerActorId: 'tm-1', relationKind: 'COACHES', direction: 'TO_RESPONDENT', level: 'AWARENESS' },
      { proposedActor: { name: 'Nieuw', kind: 'Organisation' }, relationKind: 'PARTNERS_WITH', level: 'AWARENESS' },
    ]),
    answer('inv-ocmw', [{ partnerActorId: 'o-caw', relationKind: 'REFERS_TO', level: 'COORDINATED' }]),
  ],
  acceptances: [],
};

describe('a round’s reported network', () => {
  it('has one relation per reported tie with an actor at both ends, from its source, with the round and reporter in its note', () => {
    const graph = roundNetwork(data, actors, true);
    expect(graph.relations.map((r) => [r.id, r.kind, r.source, r.target, r.since])).toEqual([
      ['o-ocmw--REFERS_TO--o-caw@o-caw', 'REFERS_TO', 'o-ocmw', 'o-caw', '2023-01-01'],
      ['o-ocmw--REFERS_TO--o-caw@o-ocmw', 'REFERS_TO', 'o-ocmw', 'o-caw', null],
      ['tm-1--COACHES--o-caw@o-caw', 'COACHES', 'tm-1', 'o-caw', null],
    ]);
    expect(graph.relations[0]?.note).toBe('Netwerkbevraging "Bevraging 2026" (sr-1): gemeld door CAW\nJan Peeters belt');
    expect(graph.actors.map((a) => a.id)).toEqual(['o-caw', 'o-ocmw', 'tm-1']);
    expect(JSON.stringify(graph)).not.toContain('invuller@example.be');
  });

  it('hides people, contact persons and respondents’ notes from a role without personal data', () => {
    const graph = roundNetwork(data, actors, false);
    const tm = graph.actors.find((a) => a.id === 'tm-1');
    expect(tm).toMatchObject({ name: 'Transitiemanager', contact: null });
    expect(graph.actors.find((a) => a.id === 'o-caw')?.contact).toEqual({ email: 'info@caw.be' });
    const text = JSON.stringify(graph);
    for (const secret of ['Els Janssens', 'els@example.be', 'Jan Peeters', 'invuller@example.be']) expect(text).not.toContain(secret);
  });
});
