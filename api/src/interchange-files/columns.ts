import {
  actorInputSchema,
  areaKinds,
  contactSchema,
  foldText,
  nodeKinds,
  propertyLabels,
  relationInputSchema,
  type Label,
  type NodeKind,
} from '@weefsel/graph-schema';

/** Which kind of entries a sheet holds. */
export type SheetRole = 'actors' | 'relations';

/**
 * One column of the spreadsheet format. `key` is the graph-schema property (`contact.email` for a
 * contact field, `area.Municipality` for "the municipality this actor lies in", which becomes a
 * placement relation).
 */
export interface ColumnSpec {
  key: string;
  header: Label;
  /** Other headers read as this column (compared after `headerKey`). */
  aliases: readonly string[];
  /** A value is needed on every row (the row is a problem without it). */
  required: boolean;
}

/** Timestamps belong to the store; they are neither imported nor exported as columns. */
const storeOwned = new Set(['createdAt', 'updatedAt']);

// Extra ways people head their columns, in Dutch and English; the label of each property in
// graph-schema is always accepted as well.
const extraAliases: Record<string, readonly string[]> = {
  id: ['key', 'sleutel', 'code', 'identifier'],
  kind: ['type', 'soort', 'categorie', 'category', 'kind', 'relatie', 'relation', 'relatiesoort', 'relation kind'],
  name: ['naam', 'name', 'benaming', 'titel', 'title'],
  description: ['omschrijving', 'beschrijving', 'description'],
  formal: ['formeel', 'formal'],
  domains: ['levensdomein', 'levensdomeinen', 'domein', 'domeinen', 'domain', 'domains', 'life domain', 'beleidsdomein'],
  targetGroups: ['doelgroep', 'doelgroepen', 'target group', 'target groups'],
  source: ['van', 'bron', 'source', 'from', 'actor'],
  target: ['naar', 'doel', 'target', 'to', 'partner'],
  since: ['sinds', 'vanaf', 'begin', 'start', 'since', 'from date', 'startdatum'],
  until: ['tot', 'tot en met', 'einde', 'end', 'until', 'einddatum'],
  weight: ['gewicht', 'sterkte', 'weight', 'strength'],
  note: ['notitie', 'opmerking', 'opmerkingen', 'note', 'notes', 'comment'],
  status: ['status', 'toestand'],
  'contact.email': ['e-mail', 'email', 'mail', 'emailadres', 'e-mailadres'],
  'contact.phone': ['telefoon', 'tel', 'telefoonnummer', 'phone', 'telephone'],
  'contact.website': ['website', 'site', 'webadres', 'url'],
  'contact.address': ['adres', 'address', 'straat'],
  'contact.person': ['contactpersoon', 'contact person', 'contact'],
};

const contactHeaders: Record<string, Label> = {
  email: { nl: 'E-mail', en: 'E-mail' },
  phone: { nl: 'Telefoon', en: 'Phone' },
  website: { nl: 'Website', en: 'Website' },
  address: { nl: 'Adres', en: 'Address' },
  person: { nl: 'Contactpersoon', en: 'Contact person' },
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const capitalLabel = (label: Label): Label => ({ nl: capital(label.nl), en: capital(label.en) });

function propertyLabel(key: string): Label {
  return Object.hasOwn(propertyLabels, key) ? capitalLabel(propertyLabels[key as keyof typeof propertyLabels]) : { nl: key, en: key };
}

function column(key: string, header: Label, required: boolean): ColumnSpec {
  return { key, header, aliases: [key, header.nl, header.en, ...(extraAliases[key] ?? [])], required };
}

/** The area column of an area kind: "Gemeente" places the actor in that municipality. */
export const areaColumnKey = (kind: NodeKind) => `area.${kind}`;

function buildActorColumns(): ColumnSpec[] {
  const keys = Object.keys(actorInputSchema.innerType().shape).filter((k) => !storeOwned.has(k));
  const columns: ColumnSpec[] = [];
  for (const key of keys) {
    if (key === 'contact') {
      for (const field of Object.keys(contactSchema.innerType().shape)) {
        columns.push(column(`contact.${field}`, contactHeaders[field] ?? { nl: field, en: field }, false));
      }
    } else {
      columns.push(column(key, propertyLabel(key), key === 'kind' || key === 'name'));
    }
  }
  for (const kind of areaKinds) {
    const { label, plural } = nodeKinds[kind];
    columns.push({ key: areaColumnKey(kind), header: label, aliases: [label.nl, label.en, plural.nl, plural.en, kind], required: false });
  }
  return columns;
}

function buildRelationColumns(): ColumnSpec[] {
  const keys = Object.keys(relationInputSchema.innerType().shape).filter((k) => !storeOwned.has(k));
  return keys.map((key) => column(key, propertyLabel(key), key === 'source' || key === 'target'));
}

export const actorColumns: readonly ColumnSpec[] = buildActorColumns();
export const relationColumns: readonly ColumnSpec[] = buildRelationColumns();

/** The columns the spreadsheet writers emit: every property, no area columns (relations say it). */
export const exportedActorColumns = actorColumns.filter((c) => !c.key.startsWith('area.'));

export function columnsOf(role: SheetRole): readonly ColumnSpec[] {
  return role === 'actors' ? actorColumns : relationColumns;
}

/** Headers compare without case, accents, spaces and punctuation: "Levensdomein(en)" = "levensdomeinen". */
export function headerKey(header: string): string {
  return foldText(header).replace(/[^\p{L}\p{N}]+/gu, '');
}

function aliasIndex(columns: readonly ColumnSpec[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const spec of columns) for (const alias of spec.aliases) if (!index.has(headerKey(alias))) index.set(headerKey(alias), spec.key);
  return index;
}

const indexes: Record<SheetRole, Map<string, string>> = { actors: aliasIndex(actorColumns), relations: aliasIndex(relationColumns) };

/** The property a header most likely means, or null. Tries the header as written, then without a plural ending. */
export function guessColumn(role: SheetRole, header: string): string | null {
  const index = indexes[role];
  const key = headerKey(header);
  if (!key) return null;
  for (const candidate of [key, key.replace(/en$/, ''), key.replace(/s$/, ''), key.replace(/\(.*\)$/, '')]) {
    const found = index.get(candidate);
    if (found) return found;
  }
  return null;
}

/** Actors or relations, from the headers: a sheet with source and target columns holds relations. */
export function guessRole(headers: readonly string[], sheetName = ''): SheetRole | null {
  const relationKeys = new Set(headers.map((h) => guessColumn('relations', h)));
  const actorKeys = new Set(headers.map((h) => guessColumn('actors', h)));
  if (relationKeys.has('source') && relationKeys.has('target')) return 'relations';
  if (actorKeys.has('name')) return 'actors';
  if (relationKeys.has('source') || relationKeys.has('target')) return 'relations';
  const name = headerKey(sheetName);
  if (/^(relatie|relation|samenwerking|link|edge)/.test(name)) return 'relations';
  if (/^(actor|partner|organisatie|organisation|node|knopen)/.test(name)) return 'actors';
  return null;
}

/** Guessed property per header; a property is taken by its first matching header only. */
export function guessMapping(role: SheetRole, headers: readonly string[]): (string | null)[] {
  const taken = new Set<string>();
  return headers.map((header) => {
    const key = guessColumn(role, header);
    if (!key || taken.has(key)) return null;
    taken.add(key);
    return key;
  });
}
