import { performance } from 'node:perf_hooks';
import { foldText, type GraphDocument } from '@weefsel/graph-schema';
import type { GraphStore } from '../../api/src/store/graph-store';

/** One row of the result table: a measure and its value per store. */
export interface Row {
  measure: string;
  values: Record<string, string>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

/** Every `step`-th element, so samples spread over the whole document and repeat across runs. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)] as T);
}

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

/** Median times of two passes of `run` over the inputs: the first on whatever state it finds, the second after it. */
export interface Passes {
  first: number;
  /** The figure a server that has run for a while gives: its plans compiled and its JIT warm. */
  warm: number;
}

/**
 * Median time of `run` over the inputs, twice. A Neo4j server the bench has just started runs its
 * first few hundred statements 2-3x slower than later ones (JVM warm-up), which no long-running
 * server shows; both figures are printed, the second is the one held against the targets.
 */
export async function medianOver<I>(inputs: readonly I[], run: (input: I) => Promise<unknown>): Promise<Passes> {
  if (inputs.length === 0) return { first: Number.NaN, warm: Number.NaN };
  const pass = async () => {
    const times: number[] = [];
    for (const input of inputs) times.push((await timed(() => run(input))).ms);
    return median(times);
  };
  const first = await pass();
  return { first, warm: await pass() };
}

export const passes = (p: Passes) => `${ms(p.warm)} (first pass ${ms(p.first)})`;

/** Search terms taken from the names in the document: whole words and 4-letter word prefixes. */
export function searchTerms(doc: GraphDocument, count: number): string[] {
  const words = doc.actors.flatMap((a) => foldText(a.name).split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 4);
  const picked = spread(words, count);
  return picked.map((word, i) => (i % 2 === 0 ? word : word.slice(0, 4)));
}

export function idsOfKind(doc: GraphDocument, kind: string): string[] {
  return doc.actors.filter((a) => a.kind === kind).map((a) => a.id);
}

export interface StoreFigures {
  importMs: number;
  reimportMs: number;
  reimportUnchanged: boolean;
  careZoneMs: Passes;
  careZoneSize: string;
  neighbourhoodMs: Passes;
  neighbourhoodSize: string;
  egoMs: Passes;
  egoSize: string;
  searchMs: Passes;
}

async function sized(run: (id: string) => Promise<{ nodes: unknown[]; relations: unknown[] }>, ids: string[]) {
  const sizes = await Promise.all(ids.slice(0, 10).map(async (id) => (await run(id)).nodes.length));
  return `median ${median(sizes)} actors`;
}

/** Runs every measure on one store; the document is imported with `replace: true` first. */
export async function measureStore(store: GraphStore, doc: GraphDocument, runs: number): Promise<StoreFigures> {
  const load = await timed(() => store.importGraph(doc, { replace: true }));
  const again = await timed(() => store.importGraph(doc));
  const zones = spread(idsOfKind(doc, 'CareZone'), runs);
  const neighbourhoods = spread(idsOfKind(doc, 'Neighbourhood'), runs);
  const egos = spread(doc.actors.filter((a) => a.kind === 'Organisation' || a.kind === 'CitizenInitiative').map((a) => a.id), runs);
  const terms = searchTerms(doc, runs);
  const subgraph = (areaId: string) => store.subgraph({ areaId });
  const ego = (id: string) => store.egoNetwork(id, 2);
  return {
    importMs: load.ms,
    reimportMs: again.ms,
    reimportUnchanged: again.result.actors.unchanged === doc.actors.length && again.result.relations.unchanged === doc.relations.length,
    careZoneMs: await medianOver(zones, subgraph),
    careZoneSize: await sized(subgraph, zones),
    neighbourhoodMs: await medianOver(neighbourhoods, subgraph),
    neighbourhoodSize: await sized(subgraph, neighbourhoods),
    egoMs: await medianOver(egos, ego),
    egoSize: await sized(ego, egos),
    searchMs: await medianOver(terms, (term) => store.searchActors(term, 20)),
  };
}
