import type { ActorInput, GraphDocument, RelationInput } from '@weefsel/graph-schema';
import type { Network } from '../../api/network.types';

/** Columns of the CSV files, in order; the same names as the interchange format's fields. */
export const actorColumns = ['id', 'kind', 'name', 'description', 'formal', 'domains', 'targetGroups', 'boundary'] as const;
export const relationColumns = ['id', 'kind', 'source', 'target', 'status', 'since', 'until', 'weight', 'note'] as const;

type Cell = string | number | boolean | null | undefined | readonly string[];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text starting with
 * = + - @ is prefixed with ' so spreadsheets do not run it as a formula (CSV injection).
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join(';') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV text with a header row; lines end in CRLF as RFC 4180 asks. */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Partial<Record<C, Cell>>[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvField(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function actorsCsv(network: Pick<Network, 'nodes'>): string {
  return toCsv(actorColumns, network.nodes);
}

export function relationsCsv(network: Pick<Network, 'relations'>): string {
  return toCsv(relationColumns, network.relations);
}

/** The scope as an interchange document (graph-schema GraphDocument), importable with `npm run import`. */
export function toInterchange(network: Pick<Network, 'nodes' | 'relations'>): GraphDocument {
  const actors = network.nodes.map((node): ActorInput => ({
    id: node.id,
    kind: node.kind,
    name: node.name,
    ...(node.description ? { description: node.description } : {}),
    formal: node.formal,
    domains: [...node.domains],
    targetGroups: [...node.targetGroups],
  }));
  const relations = network.relations.map((relation): RelationInput => ({
    id: relation.id,
    kind: relation.kind,
    source: relation.source,
    target: relation.target,
    status: relation.status,
    ...(relation.since ? { since: relation.since } : {}),
    ...(relation.until ? { until: relation.until } : {}),
    ...(relation.weight !== null ? { weight: relation.weight } : {}),
    ...(relation.note ? { note: relation.note } : {}),
  }));
  return { actors, relations };
}
