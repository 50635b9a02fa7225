import { expect } from 'vitest';
import { foldText, ValidationError, type Actor, type Relation, type Subgraph, type ValidationIssue } from '@weefsel/graph-schema';
import type { GraphStore, StoredGraph } from '../graph-store';

/** What every contract section gets: the fresh store of the running test, the factory and the variant. */
export interface ContractContext {
  store(): GraphStore;
  createStore(): Promise<GraphStore>;
  variant: ContractVariant;
}

/**
 * A store configured unlike production, where the contract allows what follows from it.
 * `everyImportStaged`: even a small import is written in batches under a journal (in production
 * only one of more than 20,000 entries), and a staged import makes every reader read the graph again.
 */
export interface ContractVariant {
  everyImportStaged?: boolean;
}

export const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** Awaits a call that must fail validation; returns the issues for further assertions. */
export async function rejectsWithValidation(run: () => Promise<unknown>): Promise<ValidationIssue[]> {
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a ValidationError').toBeInstanceOf(ValidationError);
  return (caught as ValidationError).issues;
}

export function pathsOf(issues: ValidationIssue[]): string[] {
  return issues.map((issue) => issue.path);
}

export function ids(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

export function sortedIds(items: readonly { id: string }[]): string[] {
  return ids(items).sort();
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The stored graph in a stable order, timestamps included: equal snapshots mean nothing changed. */
export async function snapshot(store: GraphStore): Promise<StoredGraph> {
  const graph = await store.exportGraph();
  return { actors: [...graph.actors].sort(byId), relations: [...graph.relations].sort(byId) };
}

function withoutTimestamps<T extends Actor | Relation>(record: T): Omit<T, 'createdAt' | 'updatedAt'> {
  const { createdAt: _c, updatedAt: _u, ...rest } = record;
  return rest;
}

/** The stored graph without timestamps, for comparing two stores. */
export async function contentOf(store: GraphStore) {
  const graph = await snapshot(store);
  return { actors: graph.actors.map(withoutTimestamps), relations: graph.relations.map(withoutTimestamps) };
}

/** `{ id: boundary }` of every node, so one assertion shows the whole node set with its marks. */
export function boundaryMarks(subgraph: Subgraph): Record<string, boolean> {
  return Object.fromEntries(subgraph.nodes.map((node) => [node.id, node.boundary]));
}

/** Expected name order: folded name, then id (code unit order, as the contract states). */
export function nameOrder(a: { id: string; name: string }, b: { id: string; name: string }): number {
  const fa = foldText(a.name);
  const fb = foldText(b.name);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return byId(a, b);
}

/** Timestamps have millisecond resolution: wait so that a new write gets a later one. */
export function tick(ms = 5): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
