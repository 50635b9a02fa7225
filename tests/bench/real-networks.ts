import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphDocument, Subgraph } from '@weefsel/graph-schema';
import { repoRoot } from '../../api/src/config';
import { buildAnalysisGraph } from '../../api/src/analysis/analysis-graph';
import { wholeSubgraph } from '../../api/src/analysis/fixtures/demo-subgraph';
import { recommendContext } from '../../api/src/analysis/recommend/recommend-context';
import { communitySeed, type Split } from './recommend-eval-steps';

/** Where the real, dated collaboration networks are: `../shared/eval-data` beside the clone. */
export const evalDataDir = process.env.WEEFSEL_EVAL_DATA ?? path.resolve(repoRoot, '..', 'shared', 'eval-data');

interface RealNode {
  id: string;
  name: string;
  type?: string;
  region?: string;
  country?: string;
  municipality?: string;
}
interface RealTie {
  source: string;
  target: string;
  year: number;
  weight: number;
}

export interface RealNetwork {
  name: string;
  /** Ties up to and including this year are known; the ones after it are to be predicted. */
  cutYear: number;
  /**
   * Earlier cut-off years, each evaluated the same way: whether a gain at `cutYear` holds at other
   * times, or was that year's luck (a rolling origin).
   */
  earlierCuts: number[];
  /** Every organisation and tie, each tie dated 1 January of its year. */
  doc: GraphDocument;
}

const slug = (text: string) => text.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();

/**
 * One real network as a Weefsel graph: organisations with a partnership per tie (since its first
 * year), placed in their municipality (a Municipality member of its county, the care zone) when the
 * data names one, else active in their region (a care zone per country or county).
 */
function toDocument(nodes: RealNode[], ties: RealTie[]): GraphDocument {
  const actors: GraphDocument['actors'] = [];
  const relations: GraphDocument['relations'] = [];
  const areas = new Set<string>();
  const area = (id: string, kind: 'CareZone' | 'Municipality', name: string, zone?: string) => {
    if (areas.has(id)) return;
    areas.add(id);
    actors.push({ id, kind, name });
    if (zone) relations.push({ kind: 'MEMBER_OF', source: id, target: zone });
  };
  for (const node of nodes) {
    actors.push({ id: node.id, kind: 'Organisation', name: node.name, formal: true });
    const region = node.region ?? node.country;
    if (!region) continue;
    const zone = `cz-${slug(region)}`;
    area(zone, 'CareZone', region);
    if (node.municipality) {
      const municipality = `m-${slug(node.municipality)}-${slug(region)}`;
      area(municipality, 'Municipality', node.municipality, zone);
      relations.push({ kind: 'LOCATED_IN', source: node.id, target: municipality });
    } else {
      relations.push({ kind: 'ACTIVE_IN', source: node.id, target: zone });
    }
  }
  for (const tie of ties) {
    relations.push({ kind: 'PARTNERS_WITH', source: tie.source, target: tie.target, since: `${tie.year}-01-01`, weight: tie.weight });
  }
  return { actors, relations };
}

/** The two networks of `evalDataDir` with the cut-off years its README proposes; empty when absent. */
export function realNetworks(): { networks: RealNetwork[]; missing: string | null } {
  const files: [string, string, number, number[]][] = [
    ['H2020 Benelux', 'cordis-h2020-benelux.json', 2018, [2017]],
    ['H2020 Norway', 'norway-h2020.json', 2019, [2016, 2017, 2018]],
  ];
  const absent = files.filter(([, file]) => !existsSync(path.join(evalDataDir, file)));
  if (absent.length > 0) return { networks: [], missing: `${absent.map(([, f]) => f).join(', ')} not found in ${evalDataDir}` };
  return {
    missing: null,
    networks: files.map(([name, file, cutYear, earlierCuts]) => {
      const raw = JSON.parse(readFileSync(path.join(evalDataDir, file), 'utf8')) as { nodes: RealNode[]; ties: RealTie[] };
      return { name, cutYear, earlierCuts, doc: toDocument(raw.nodes, raw.ties) };
    }),
  };
}

/**
 * The temporal hold-out: the network as known at the end of `cutYear` (organisations with a tie by
 * then, areas, ties up to then) is the training graph; the ties first formed after it between two
 * of those organisations are the ones to find. Every such organisation is a query, and its
 * candidates are the other organisations of the training graph it has no tie with.
 */
export function temporalSplit(network: RealNetwork): Split {
  const cut = `${network.cutYear}-12-31`;
  const whole: Subgraph = wholeSubgraph(network.doc);
  const isTie = (r: Subgraph['relations'][number]) => r.kind === 'PARTNERS_WITH';
  const known = whole.relations.filter((r) => isTie(r) && (r.since ?? '') <= cut);
  const active = new Set(known.flatMap((r) => [r.source, r.target]));
  const organisation = new Set(whole.nodes.filter((n) => n.kind === 'Organisation').map((n) => n.id));
  const training: Subgraph = {
    ...whole,
    nodes: whole.nodes.filter((n) => !organisation.has(n.id) || active.has(n.id)),
    relations: whole.relations.filter((r) => (isTie(r) ? (r.since ?? '') <= cut : active.has(r.source) || !organisation.has(r.source))),
  };
  const train = recommendContext(buildAnalysisGraph(training), null, communitySeed);
  const index = train.ag.adjacency.indexOf;
  const candidates = [...active].map((id) => index.get(id) as number).sort((a, b) => a - b);
  const positives = new Map<number, Set<number>>();
  let heldOut = 0;
  for (const r of whole.relations) {
    if (!isTie(r) || (r.since ?? '') <= cut || !active.has(r.source) || !active.has(r.target)) continue;
    heldOut += 1;
    const [s, t] = [index.get(r.source) as number, index.get(r.target) as number];
    for (const [from, to] of [[s, t], [t, s]] as const) {
      const set = positives.get(from) ?? new Set<number>();
      set.add(to);
      positives.set(from, set);
    }
  }
  return { train, positives, heldOut, candidates };
}
