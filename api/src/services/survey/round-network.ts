import { defaultRelationStatus, limits, type Actor, type Relation } from '@weefsel/graph-schema';
import type { GraphForExport } from '../../interchange-files';
import { viewerContact, viewerName } from '../privacy.service';
import { roundReports, type RoundData } from './survey-results';
import { provenanceLine } from './tie-acceptance';

/**
 * A round's reported network as a graph the export writers take: the invited actors and the
 * partners they named (an approved proposal as the actor it became; one still waiting has no actor
 * and its ties are left out), and one relation per reported tie, from its source to its target, of
 * the kind reported, with its `since`. Two sides reporting one tie are two relations, so what each
 * side said stays visible: the id is the tie's key and the reporter (`<key>@<reporter>`), and the
 * note says the round and the reporter (then the respondent's own note). Nothing of the
 * respondents' contact is read. Without `seesPersonalData` people are named by their kind and lose
 * their contact, as for a viewer everywhere else, and the respondents' notes are left out.
 */
export function roundNetwork(data: RoundData, actors: ReadonlyMap<string, Actor>, seesPersonalData: boolean): GraphForExport {
  const { ties } = roundReports(data);
  const submittedAt = new Map(data.answers.map((a) => [a.invitationId, a.submittedAt]));
  const relations: Relation[] = ties.flatMap((tie) => {
    const { sourceActorId: source, targetActorId: target } = tie;
    if (!source || !target || !actors.has(source) || !actors.has(target)) return [];
    const reporterActor = actors.get(tie.reporterActorId);
    const reporter = reporterActor ? (seesPersonalData ? reporterActor.name : viewerName(reporterActor)) : tie.reporterActorId;
    // The respondent's free text may name people: only for those who see personal data.
    const note = [provenanceLine(data.round, [reporter]), seesPersonalData ? tie.note : null].filter((line): line is string => Boolean(line)).join('\n');
    const at = submittedAt.get(tie.invitationId) ?? data.round.createdAt;
    return [
      {
        id: `${tie.key}@${tie.reporterActorId}`.slice(0, limits.idLength),
        kind: tie.relationKind,
        source,
        target,
        since: tie.since,
        until: null,
        weight: null,
        note: note.slice(0, limits.noteLength),
        status: defaultRelationStatus,
        createdAt: at,
        updatedAt: at,
      },
    ];
  });
  const named = new Set([...data.invitations.map((i) => i.actorId), ...relations.flatMap((r) => [r.source, r.target])]);
  const shown = [...named].flatMap((id) => actors.get(id) ?? []).sort((a, b) => a.id.localeCompare(b.id));
  return { actors: seesPersonalData ? shown : shown.map((a) => ({ ...a, name: viewerName(a), contact: viewerContact(a) })), relations };
}
