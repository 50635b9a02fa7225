import { defaultRelationStatus, limits, relationKinds, type Relation, type RelationInput, type Reciprocity } from '@weefsel/graph-schema';
import type { SurveyRound } from '../../store/survey-store';
import type { ReportedTie } from './reported-ties';

/**
 * Rules for accepting many ties at once. Neither accepts a contradicted pair: two sides that
 * disagree need an editor's look, so those are accepted one by one.
 */
export const acceptRules = {
  AT_LEAST_ONE_SIDE: ['BOTH_SIDES', 'ONE_SIDE'],
  BOTH_SIDES: ['BOTH_SIDES'],
} as const satisfies Record<string, readonly Reciprocity[]>;

export type AcceptRule = keyof typeof acceptRules;
export const acceptRuleNames = Object.keys(acceptRules) as [AcceptRule, ...AcceptRule[]];

/** The line a relation's note gets for a round, so its provenance stays visible wherever the relation is shown. */
export function provenanceLine(round: SurveyRound, reporterNames: readonly string[]): string {
  return `Netwerkbevraging "${round.title}" (${round.id}): gemeld door ${reporterNames.join(', ')}`;
}

function earliest(dates: readonly (string | null | undefined)[]): string | null {
  return dates.filter((d): d is string => typeof d === 'string').sort()[0] ?? null;
}

/**
 * The relation a reported tie becomes (from its source to its target: the respondent, or for
 * "the partner refers to us" the partner): the existing one of the same kind between the same actors,
 * else a new one whose id is the tie's key, so accepting it again, or the other side's report,
 * updates the same relation. It starts at the earliest date anyone gave
 * (the stored one included), is active (a tie reported in a round is current: an ended relation is
 * reopened), and its note keeps what it said plus one provenance line per round.
 */
export function relationFromReports(reports: readonly ReportedTie[], round: SurveyRound, existing: Relation | null, reporterNames: readonly string[]): RelationInput {
  const first = reports[0];
  if (!first?.sourceActorId || !first.targetActorId) throw new Error(`relationFromReports: no report with a partner actor for ${first?.key ?? 'an empty list'}`);
  const line = provenanceLine(round, reporterNames);
  const kept = existing?.note ?? null;
  const note = kept === null ? line : kept.includes(`(${round.id})`) ? kept : `${kept}\n${line}`;
  const directed = relationKinds[first.relationKind].directed;
  return {
    id: existing?.id ?? first.key,
    kind: first.relationKind,
    source: directed || !existing ? first.sourceActorId : existing.source,
    target: directed || !existing ? first.targetActorId : existing.target,
    since: earliest([existing?.since, ...reports.map((r) => r.since)]),
    until: null,
    weight: existing?.weight ?? null,
    note: note.slice(0, limits.noteLength),
    status: defaultRelationStatus,
  };
}
