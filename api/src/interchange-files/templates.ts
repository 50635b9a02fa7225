import {
  actorDefaults,
  defaultRelationStatus,
  deriveRelationId,
  lifeDomains,
  nodeKinds,
  relationKinds,
  relationStatuses,
  targetGroups,
  type Actor,
  type GraphDocument,
  type Label,
  type Language,
  type Relation,
} from '@weefsel/graph-schema';
import { exportedActorColumns, relationColumns } from './columns';
import { graphTables, type OutTable } from './table-rows';
import { writeXlsx } from './write-tables';

export const templateFiles = { empty: 'weefsel-template.xlsx', example: 'weefsel-voorbeeld.xlsx' } as const;

/** A document as a store would hold it (defaults filled in, a fixed timestamp), for the writers. */
export function asStored(doc: GraphDocument, at = '2024-01-01T00:00:00.000Z'): { actors: Actor[]; relations: Relation[] } {
  return {
    actors: doc.actors.map((a) => ({ ...actorDefaults(a), createdAt: at, updatedAt: at })),
    relations: doc.relations.map((r) => ({
      id: r.id ?? deriveRelationId(r.kind, r.source, r.target),
      kind: r.kind,
      source: r.source,
      target: r.target,
      since: r.since ?? null,
      until: r.until ?? null,
      weight: r.weight ?? null,
      note: r.note ?? null,
      status: r.status ?? defaultRelationStatus,
      createdAt: at,
      updatedAt: at,
    })),
  };
}

const labelsOf = (table: Record<string, Label>, language: Language) => Object.values(table).map((l) => l[language]).join('; ');

/** The help sheet: every column and the values it takes, from graph-schema (the import ignores this sheet). */
function helpTable(language: Language): OutTable {
  const nl = language === 'nl';
  const values: Record<string, string> = {
    kind: Object.values(nodeKinds).map((k) => k.label[language]).join('; '),
    domains: labelsOf(lifeDomains, language),
    targetGroups: labelsOf(targetGroups, language),
    formal: nl ? 'ja; nee' : 'yes; no',
  };
  const relationValues: Record<string, string> = {
    kind: Object.values(relationKinds).map((k) => k.label[language]).join('; '),
    status: labelsOf(relationStatuses, language),
    since: nl ? 'dd/mm/jjjj of jjjj-mm-dd' : 'dd/mm/yyyy or yyyy-mm-dd',
    until: nl ? 'dd/mm/jjjj of jjjj-mm-dd' : 'dd/mm/yyyy or yyyy-mm-dd',
    source: nl ? 'id of naam van een actor' : 'id or name of an actor',
    target: nl ? 'id of naam van een actor' : 'id or name of an actor',
  };
  const [actorsSheet, relationsSheet] = nl ? ['Actoren', 'Relaties'] : ['Actors', 'Relations'];
  return {
    name: nl ? 'Uitleg' : 'Help',
    headers: nl ? ['Blad', 'Kolom', 'Verplicht', 'Toegelaten waarden'] : ['Sheet', 'Column', 'Required', 'Allowed values'],
    rows: [
      ...exportedActorColumns.map((c) => [actorsSheet ?? '', c.header[language], c.required ? (nl ? 'ja' : 'yes') : '', values[c.key] ?? '']),
      ...relationColumns.map((c) => [relationsSheet ?? '', c.header[language], c.required ? (nl ? 'ja' : 'yes') : '', relationValues[c.key] ?? '']),
    ],
  };
}

/**
 * The import template: sheets of actors and relations with the import's headers, plus a help
 * sheet. With a graph it is the filled example. People (transition managers) and contact persons
 * are left out of the example: it shows the format, not personal data.
 */
export async function templateWorkbook(doc: GraphDocument | null, language: Language = 'nl'): Promise<Buffer> {
  const graph = asStored(doc ?? { actors: [], relations: [] });
  const people = new Set(graph.actors.filter((a) => nodeKinds[a.kind].personalProperties.length > 0).map((a) => a.id));
  const actors = graph.actors.filter((a) => !people.has(a.id)).map((a) => ({ ...a, contact: a.contact ? withoutPerson(a.contact) : null }));
  const relations = graph.relations.filter((r) => !people.has(r.source) && !people.has(r.target));
  const tables = graphTables({ actors, relations }, language);
  return writeXlsx([tables.actors, tables.relations, helpTable(language)]);
}

function withoutPerson(contact: NonNullable<Actor['contact']>): Actor['contact'] {
  const { person: _p, ...rest } = contact;
  return Object.keys(rest).length > 0 ? rest : null;
}
