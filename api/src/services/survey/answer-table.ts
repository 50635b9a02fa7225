import {
  collaborationLevels,
  contactFrequencies,
  nodeKinds,
  propertyLabels,
  relationKinds,
  itemAnswersOf,
  surveyLabels,
  surveyScore,
  surveyScoreDimensions,
  scoreItemsOf,
  surveyTieDirections,
  type Actor,
  type Label,
  type Language,
} from '@weefsel/graph-schema';
import type { OutCell, OutTable } from '../../interchange-files/table-rows';
import type { ReportedPartner } from '../../store/survey-store';
import type { RoundData } from './survey-results';
import { submittedOf } from './reported-ties';
import { rounded } from './score-averages';

/** Per score its value (the mean of its items, or an older answer's single score), then a column per item: "waarde: invloed". */
function scoreColumns(): [string, Label][] {
  return surveyScoreDimensions.flatMap((dimension) => {
    const { label, items } = scoreItemsOf(dimension);
    const itemColumns = Object.entries(items).map(([name, item]): [string, Label] => [name, { nl: `${label.nl}: ${item.short.nl}`, en: `${label.en}: ${item.short.en}` }]);
    return [[dimension, label] as [string, Label], ...itemColumns];
  });
}

function scoreCells(p: ReportedPartner): OutCell[] {
  return surveyScoreDimensions.flatMap((dimension) => {
    const answers = itemAnswersOf(p, dimension);
    return [rounded(surveyScore(p, dimension)), ...scoreItemsOf(dimension).names.map((name) => answers[name] ?? null)];
  });
}

const columns: [string, Label][] = [
  ['roundId', surveyLabels.round],
  ['invitationId', surveyLabels.invitation],
  ['respondentId', { nl: 'invuller (id)', en: 'respondent (id)' }],
  ['respondent', surveyLabels.respondent],
  ['submittedAt', { nl: 'ingediend op', en: 'submitted at' }],
  ['partnerId', { nl: 'partner (id)', en: 'partner (id)' }],
  ['partner', surveyLabels.partner],
  ['proposedKind', { nl: 'soort voorgestelde actor', en: 'kind of proposed actor' }],
  ['proposedPlace', surveyLabels.place],
  ['relationKind', propertyLabels.kind],
  ['direction', { nl: 'richting', en: 'direction' }],
  ['level', surveyLabels.level],
  ['frequency', surveyLabels.frequency],
  ...scoreColumns(),
  ['since', propertyLabels.since],
  ['note', propertyLabels.note],
];

/** The columns about the partner, from `partnerId` on: empty for a respondent that named none. */
const partnerColumns = columns.length - columns.findIndex(([key]) => key === 'partnerId');

function partnerCells(p: ReportedPartner | null, actors: ReadonlyMap<string, Actor>, language: Language): OutCell[] {
  if (!p) return Array.from({ length: partnerColumns }, () => null);
  const partnerName = p.partnerActorId ? (actors.get(p.partnerActorId)?.name ?? p.partnerActorId) : (p.proposedActor?.name ?? null);
  return [
    p.partnerActorId ?? null,
    partnerName,
    p.proposedActor ? nodeKinds[p.proposedActor.kind].label[language] : null,
    p.proposedActor?.place ?? null,
    relationKinds[p.relationKind].label[language],
    // Only a directed kind has a direction; absent, the respondent is the source.
    relationKinds[p.relationKind].directed ? surveyTieDirections[p.direction ?? 'FROM_RESPONDENT'][language] : null,
    collaborationLevels[p.level].label[language],
    p.frequency ? contactFrequencies[p.frequency][language] : null,
    ...scoreCells(p),
    p.since ?? null,
    p.note ?? null,
  ];
}

/**
 * A round's submitted answers as one table: a row per reported partner, and one row with empty
 * partner cells for a respondent that named none (so the table shows who answered). Drafts and
 * the respondents' contact (personal data) are left out: the table is for analysis, not reminders.
 */
export function answerTable(data: RoundData, actors: ReadonlyMap<string, Actor>, language: Language): OutTable {
  const submittedAt = new Map(data.answers.map((a) => [a.invitationId, a.submittedAt]));
  const rows = submittedOf(data.answers, data.invitations).flatMap(({ invitation, partners }) => {
    const respondent: OutCell[] = [data.round.id, invitation.id, invitation.actorId, actors.get(invitation.actorId)?.name ?? invitation.actorId, submittedAt.get(invitation.id) ?? null];
    return (partners.length > 0 ? partners : [null]).map((p) => [...respondent, ...partnerCells(p, actors, language)]);
  });
  return { name: language === 'nl' ? 'Antwoorden' : 'Answers', headers: columns.map(([, label]) => label[language]), rows };
}
