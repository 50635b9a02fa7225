/** Pure parts of the survey round comparison: which rounds, which pair by default, figures and names. */
import { surveyRoundFigures, type SurveyRoundFigure, type SurveyRoundFigureName, type SurveyRoundFigureSource } from '@weefsel/graph-schema';

export interface RoundLike {
  id: string;
  areaId: string | null;
  projectId: string | null;
  opensOn: string;
  createdAt: string;
}

/** A round's summary as the comparison answers it. */
export type SummaryLike = SurveyRoundFigureSource;

export type Trend = 'up' | 'down' | 'same' | 'unknown';

export interface FigureRow {
  figure: SurveyRoundFigureName;
  earlier: number | null;
  later: number | null;
  change: number | null;
  trend: Trend;
  /** Decimals shown: counts are whole, density and the 1-4 averages are not. */
  digits: number;
}

/**
 * What a round surveys: the actors of an area or of a project. Only rounds of the same one can be
 * compared (the API's `sameNetwork` refuses the rest).
 */
export type RoundTarget = { kind: 'area'; id: string } | { kind: 'project'; id: string };

/** The area or project a round surveys; null for a round that names neither. */
export function targetOf(round: Pick<RoundLike, 'areaId' | 'projectId'>): RoundTarget | null {
  if (round.projectId) return { kind: 'project', id: round.projectId };
  return round.areaId ? { kind: 'area', id: round.areaId } : null;
}

/**
 * The rounds of an area or a project, latest first: latest opening, then latest created (two
 * rounds may open on the same day). The area report picks its last two the same way (api
 * report/round-section.ts).
 */
export function roundsOf<R extends RoundLike>(rounds: readonly R[], target: RoundTarget | null): R[] {
  if (target === null) return [];
  return rounds
    .filter((round) => {
      const its = targetOf(round);
      return its?.kind === target.kind && its.id === target.id;
    })
    .sort((a, b) => b.opensOn.localeCompare(a.opensOn) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/**
 * The pair compared first: `laterId` (or the latest round) and the round just before it; null when
 * there is no earlier round. `rounds` are latest first, as `roundsOf` gives them.
 */
export function defaultPair(rounds: readonly RoundLike[], laterId?: string | null): { earlier: string; later: string } | null {
  const index = laterId ? rounds.findIndex((round) => round.id === laterId) : 0;
  const later = rounds[index];
  const earlier = rounds[index + 1];
  return index >= 0 && later && earlier ? { earlier: earlier.id, later: later.id } : null;
}

/** Both rounds' figures side by side with the change (rounded to the figure's decimals) and its direction. */
export function figureRows(earlier: SummaryLike, later: SummaryLike): FigureRow[] {
  return (Object.entries(surveyRoundFigures) as [SurveyRoundFigureName, SurveyRoundFigure][]).map(([figure, { read, digits }]) => {
    const before = read(earlier);
    const after = read(later);
    const change = before === null || after === null ? null : Number((after - before).toFixed(digits));
    const trend: Trend = change === null ? 'unknown' : change === 0 ? 'same' : change > 0 ? 'up' : 'down';
    return { figure, earlier: before, later: after, change, trend, digits };
  });
}

/** A pair key `a|b` as the two actors' names (the id for an actor without a known name). */
export function pairNames(pair: string, names: ReadonlyMap<string, string>): { key: string; a: string; b: string } {
  const [a = '', b = ''] = pair.split('|');
  return { key: pair, a: names.get(a) ?? a, b: names.get(b) ?? b };
}

/** The actor ids the pairs name. */
export function actorIdsOf(pairs: readonly string[]): string[] {
  return [...new Set(pairs.flatMap((pair) => pair.split('|')))];
}
