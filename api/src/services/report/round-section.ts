import { surveyRoundFigures } from '@weefsel/graph-schema';
import type { SurveyRound } from '../../store/survey-store';
import type { RoundComparison } from '../survey/round-comparison';
import type { ReportFigure } from './area-report';
import type { ReportText } from './report-text';

/** At most this many new and lost pairs are named; the rest are counted. */
export const reportedPairs = 15;

export interface ReportPairList {
  heading: string;
  /** "A – B", sorted as the comparison sorts its pairs. */
  pairs: string[];
  more: string | null;
}

/** The report's comparison of an area's last two survey rounds (left out below the editor role). */
export interface ReportRoundSection {
  heading: string;
  intro: string;
  /** The figure column's header, then the earlier and the later round, then the change. */
  columns: [string, string, string, string];
  figures: ReportFigure[];
  pairCounts: string;
  newPairs: ReportPairList;
  lostPairs: ReportPairList;
  /** Said under a list without pairs. */
  none: string;
}

export interface RoundSectionInput {
  earlier: SurveyRound;
  later: SurveyRound;
  comparison: RoundComparison;
  /** Names of the actors the pairs name; an id stands for one the graph no longer holds. */
  names: ReadonlyMap<string, string>;
}

function pairList(heading: string, pairs: readonly string[], names: ReadonlyMap<string, string>, text: ReportText): ReportPairList {
  const named = pairs.slice(0, reportedPairs).map((pair) =>
    pair
      .split('|')
      .map((id) => names.get(id) ?? id)
      .join(' – '),
  );
  return { heading, pairs: named, more: pairs.length > reportedPairs ? text.label('roundMorePairs', { count: pairs.length - reportedPairs }) : null };
}

/** The figures of both rounds side by side with their change, and the new and lost pairs by name. */
export function roundSection(input: RoundSectionInput, text: ReportText): ReportRoundSection {
  const { comparison, names } = input;
  const column = (round: SurveyRound) => text.label('roundColumn', { title: round.title, date: text.date(round.opensOn) });
  const figures = Object.values(surveyRoundFigures).map(({ label, read, digits }) => {
    const before = read(comparison.earlier);
    const after = read(comparison.later);
    return {
      label: label[text.language],
      before: text.number(before, digits),
      after: text.number(after, digits),
      change: text.change(before === null || after === null ? null : after - before, digits),
    };
  });
  return {
    heading: text.label('surveyRounds'),
    intro: text.label('surveyRoundsIntro'),
    columns: [text.label('figure'), column(input.earlier), column(input.later), text.label('change')],
    figures,
    pairCounts: text.label('roundPairCounts', { new: comparison.newPairs.length, kept: comparison.keptPairs.length, lost: comparison.lostPairs.length }),
    newPairs: pairList(text.label('roundNewPairs'), comparison.newPairs, names, text),
    lostPairs: pairList(text.label('roundLostPairs'), comparison.lostPairs, names, text),
    none: text.label('roundNoPairs'),
  };
}

/**
 * The last two rounds of an area, earlier first: latest opening, then latest created (two rounds
 * may open on the same day). The web's changes view picks its default pair the same way. Null
 * with fewer than two.
 */
export function lastTwoRounds(rounds: readonly SurveyRound[], areaId: string): { earlier: SurveyRound; later: SurveyRound } | null {
  const ofArea = rounds
    .filter((round) => round.areaId === areaId && round.projectId === null)
    .sort((a, b) => b.opensOn.localeCompare(a.opensOn) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const [later, earlier] = ofArea;
  return later && earlier ? { earlier, later } : null;
}
