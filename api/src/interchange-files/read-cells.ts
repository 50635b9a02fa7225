import type { ActorInput, Contact, RelationInput } from '@weefsel/graph-schema';
import {
  cellText,
  isEmptyCell,
  lifeDomainVocabulary,
  nodeKindVocabulary,
  readBoolean,
  readDate,
  readNumber,
  relationKindVocabulary,
  statusVocabulary,
  targetGroupVocabulary,
  type CellValue,
  type Read,
} from './values';

/** A property value from a cell; an empty cell clears an optional property (null). */
type CellReader = (value: CellValue) => Read<unknown>;

const text: CellReader = (v) => ({ ok: true, value: cellText(v) });
const optionalText: CellReader = (v) => ({ ok: true, value: isEmptyCell(v) ? null : cellText(v) });
const orNull = (read: CellReader): CellReader => (v) => (isEmptyCell(v) ? { ok: true, value: null } : read(v));
const orEmpty = (read: CellReader): CellReader => (v) => (isEmptyCell(v) ? { ok: true, value: [] } : read(v));
const orUndefined = (read: CellReader): CellReader => (v) => (isEmptyCell(v) ? { ok: true, value: undefined } : read(v));

export const actorCellReaders: Record<string, CellReader> = {
  id: text,
  kind: (v) => nodeKindVocabulary.read(cellText(v)),
  name: text,
  description: optionalText,
  formal: orUndefined(readBoolean),
  domains: orEmpty((v) => lifeDomainVocabulary.readList(cellText(v))),
  targetGroups: orEmpty((v) => targetGroupVocabulary.readList(cellText(v))),
  since: orNull(readDate),
  until: orNull(readDate),
};

export const relationCellReaders: Record<string, CellReader> = {
  id: text,
  kind: (v) => relationKindVocabulary.read(cellText(v)),
  source: text,
  target: text,
  since: orNull(readDate),
  until: orNull(readDate),
  weight: orNull(readNumber),
  note: optionalText,
  status: orNull((v) => statusVocabulary.read(cellText(v))),
};

/** Sets a property of an actor input; `contact.x` goes into the contact object (empty fields dropped). */
export function setActorProperty(actor: Partial<ActorInput>, key: string, value: unknown): void {
  if (key.startsWith('contact.')) {
    const field = key.slice('contact.'.length) as keyof Contact;
    const contact: Contact = { ...(actor.contact ?? {}) };
    if (typeof value === 'string' && value !== '') contact[field] = value;
    else delete contact[field];
    actor.contact = Object.keys(contact).length > 0 ? contact : null;
    return;
  }
  (actor as Record<string, unknown>)[key] = value;
}

export function setRelationProperty(relation: Partial<RelationInput>, key: string, value: unknown): void {
  (relation as Record<string, unknown>)[key] = value;
}

export function readerOf(readers: Record<string, CellReader>, key: string): CellReader {
  return key.startsWith('contact.') ? optionalText : (readers[key] ?? optionalText);
}
