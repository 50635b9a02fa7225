import type { Actor, Language, Relation } from '@weefsel/graph-schema';
import { exportedActorColumns, relationColumns, type ColumnSpec } from './columns';
import {
  lifeDomainVocabulary,
  nodeKindVocabulary,
  relationKindVocabulary,
  statusVocabulary,
  targetGroupVocabulary,
} from './values';

/** A cell for the writers: text, a number, or empty. Dates stay ISO text so every reader agrees. */
export type OutCell = string | number | null;

export interface OutTable {
  name: string;
  headers: string[];
  rows: OutCell[][];
}

/** Sheet names of the export (and of the template); the import reads sheets by their headers. */
export const sheetNames: Record<'actors' | 'relations', Record<Language, string>> = {
  actors: { nl: 'Actoren', en: 'Actors' },
  relations: { nl: 'Relaties', en: 'Relations' },
};

const yesNo: Record<Language, [string, string]> = { nl: ['ja', 'nee'], en: ['yes', 'no'] };

function actorCell(actor: Actor, key: string, language: Language): OutCell {
  if (key.startsWith('contact.')) return actor.contact?.[key.slice('contact.'.length) as keyof NonNullable<Actor['contact']>] ?? null;
  switch (key) {
    case 'kind':
      return nodeKindVocabulary.label(actor.kind, language);
    case 'formal':
      return yesNo[language][actor.formal ? 0 : 1];
    case 'domains':
      return actor.domains.map((d) => lifeDomainVocabulary.label(d, language)).join('; ') || null;
    case 'targetGroups':
      return actor.targetGroups.map((g) => targetGroupVocabulary.label(g, language)).join('; ') || null;
    default: {
      const value = (actor as unknown as Record<string, unknown>)[key];
      return value === null || value === undefined ? null : String(value);
    }
  }
}

function relationCell(relation: Relation, key: string, language: Language): OutCell {
  switch (key) {
    case 'kind':
      return relationKindVocabulary.label(relation.kind, language);
    case 'status':
      return statusVocabulary.label(relation.status, language);
    case 'weight':
      return relation.weight;
    default: {
      const value = (relation as unknown as Record<string, unknown>)[key];
      return value === null || value === undefined ? null : String(value);
    }
  }
}

const headersOf = (columns: readonly ColumnSpec[], language: Language) => columns.map((c) => c.header[language]);

/** The two tables of an export, with the same columns the import reads (a lossless round trip). */
export function graphTables(graph: { actors: readonly Actor[]; relations: readonly Relation[] }, language: Language = 'nl'): { actors: OutTable; relations: OutTable } {
  return {
    actors: {
      name: sheetNames.actors[language],
      headers: headersOf(exportedActorColumns, language),
      rows: graph.actors.map((a) => exportedActorColumns.map((c) => actorCell(a, c.key, language))),
    },
    relations: {
      name: sheetNames.relations[language],
      headers: headersOf(relationColumns, language),
      rows: graph.relations.map((r) => relationColumns.map((c) => relationCell(r, c.key, language))),
    },
  };
}
