import { lifeDomainNames, lifeDomains, nodeKinds, relationKinds, scopeMetricLabels, type Actor, type NodeKind, type ScopeMetricName, type Subgraph } from '@weefsel/graph-schema';
import type { DomainMatrix } from '../../analysis/domain-matrix';
import { gapKinds, gapSeverities } from '../../analysis/gaps/gap';
import type { ChangesView, GapsView } from '../analysis/analysis-views';
import { hidesPersonalData } from '../privacy.service';
import type { SuggestionView } from '../recommend/recommend-views';
import { reportMap, type MapStyle, type ReportMap } from './report-map';
import type { ReportText } from './report-text';
import type { ReportRoundSection } from './round-section';

/** Everything a report on an area is made from: the same views the web shows, on the same days. */
export interface AreaReportInput {
  area: Actor;
  /** The day the report describes (today) and the day its changes are counted from. */
  day: string;
  since: string;
  /** The area's network on `day`. */
  subgraph: Subgraph;
  positions: ReadonlyMap<string, { x: number; y: number }>;
  changes: ChangesView;
  gaps: GapsView;
  suggestions: readonly SuggestionView[];
  matrix: DomainMatrix;
  /** Editors see people's names; for others they are replaced by their kind and scrubbed from text. */
  seesPersonalData: boolean;
  scrub: (text: string) => string;
  /** The last two survey rounds compared; null below the editor role or with fewer than two rounds. */
  rounds: ReportRoundSection | null;
}

export interface ReportFigure {
  label: string;
  before: string;
  after: string;
  change: string;
}

export interface ReportEntry {
  heading: string;
  detail: string;
  text: string;
}

export interface ReportModel {
  title: string;
  subtitle: string;
  source: string;
  privacyNote: string | null;
  map: ReportMap;
  mapNote: string;
  legend: { kind: NodeKind; label: string }[];
  figures: ReportFigure[];
  ties: string;
  gaps: ReportEntry[];
  moreGaps: string | null;
  suggestions: ReportEntry[];
  rounds: ReportRoundSection | null;
  domains: { labels: string[]; actorCounts: number[]; ties: number[][] };
}

/** The key figures a report lists, in this order. */
export const reportMetrics: readonly ScopeMetricName[] = [
  'actorCount', 'tieCount', 'density', 'isolatedCount', 'componentCount', 'largestComponentSize',
  'averageClustering', 'communityCount', 'articulationPointCount', 'bridgeCount', 'boundaryCount',
];

/** At most this many gaps are written out; the rest are counted. */
export const reportedGaps = 25;

function isCollaboration(kind: string): boolean {
  return relationKinds[kind as keyof typeof relationKinds]?.tie === 'collaboration';
}

/**
 * The report's content in one language, with personal data handled as for the reader: the text,
 * figures and map the PDF writer lays out.
 */
export function areaReportModel(input: AreaReportInput, text: ReportText, mapStyle: MapStyle): ReportModel {
  const lang = text.language;
  const name = (actor: Pick<Actor, 'kind' | 'name'>) => (input.seesPersonalData || !hidesPersonalData(actor) ? actor.name : nodeKinds[actor.kind].label[lang]);
  const scrub = (value: string) => (input.seesPersonalData ? value : input.scrub(value));
  const actors = input.subgraph.nodes.map((node) => ({ id: node.id, name: name(node), kind: node.kind, boundary: node.boundary }));
  const ties = input.subgraph.relations.filter((r) => isCollaboration(r.kind));
  const map = reportMap({ actors, ties, positions: input.positions }, mapStyle);
  const kindsDrawn = new Set(actors.map((a) => a.kind));
  const deltas = new Map(input.changes.deltas.map((d) => [d.metric, d]));
  const digits = (metric: ScopeMetricName) => (metric === 'density' || metric === 'averageClustering' ? 3 : 1);
  const figures = reportMetrics.flatMap((metric) => {
    const delta = deltas.get(metric);
    if (!delta) return [];
    return [{ label: scopeMetricLabels[metric][lang], before: text.number(delta.before, digits(metric)), after: text.number(delta.after, digits(metric)), change: text.change(delta.change, digits(metric)) }];
  });
  const gaps = input.gaps.gaps.slice(0, reportedGaps).map((gap) => ({
    heading: gapKinds[gap.kind][lang],
    detail: text.label('severity', { severity: gapSeverities[gap.severity][lang] }),
    text: scrub(gap.explanation[lang]),
  }));
  const suggestions = input.suggestions.map((s) => ({
    heading: `${name(s.from)} – ${name(s.to)}`,
    detail: text.label('closes', { gap: gapKinds[s.gap.kind][lang] }),
    text: scrub(s.explanation[lang]),
  }));
  const index = new Map(lifeDomainNames.map((d, i) => [d, i]));
  const matrix = lifeDomainNames.map(() => lifeDomainNames.map(() => 0));
  for (const cell of input.matrix.cells) {
    const [i, j] = [index.get(cell.a) ?? 0, index.get(cell.b) ?? 0];
    (matrix[i] as number[])[j] = cell.tieCount;
    (matrix[j] as number[])[i] = cell.tieCount;
  }
  const actorCounts = new Map(input.matrix.actorCounts.map((c) => [c.domain, c.actorCount]));
  const labelled = map.nodes.filter((n) => n.label !== null).length;
  return {
    title: text.label('title', { area: input.area.name }),
    subtitle: text.label('subtitle', { kind: nodeKinds[input.area.kind].label[lang], date: text.date(input.day) }),
    source: text.label('source', { date: text.date(input.day), actors: input.changes.after.actorCount, ties: input.changes.after.tieCount }),
    privacyNote: input.seesPersonalData ? null : text.label('personalDataHidden'),
    map,
    mapNote: text.label('mapNote', { labelled }),
    legend: (Object.keys(nodeKinds) as NodeKind[]).filter((kind) => kindsDrawn.has(kind)).map((kind) => ({ kind, label: nodeKinds[kind].label[lang] })),
    figures,
    ties: text.label('tiesAddedEnded', { date: text.date(input.since), added: input.changes.tiesAdded.length, ended: input.changes.tiesEnded.length }),
    gaps,
    moreGaps: input.gaps.gaps.length > reportedGaps ? text.label('moreGaps', { count: input.gaps.gaps.length - reportedGaps }) : null,
    suggestions,
    rounds: input.rounds,
    domains: { labels: lifeDomainNames.map((d) => lifeDomains[d][lang]), actorCounts: lifeDomainNames.map((d) => actorCounts.get(d) ?? 0), ties: matrix },
  };
}
