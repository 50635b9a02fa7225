import { argumentLabels, contactLabels, propertyLabels, type Language } from '@weefsel/graph-schema';

/**
 * The label of the property an issue path names, from graph-schema: `name` → "naam",
 * `relations[3].until` → "tot en met", `contact.email` → "e-mail". Unknown names stay as written, so
 * nothing is hidden; `relationKind` (import problems) is a relation's `kind`.
 */
export function pathLabel(path: string, language: Language): string {
  const parts = path.split(/[.[\]]/).filter((part) => part !== '' && !/^\d+$/.test(part));
  const last = parts.at(-1) ?? '';
  if (parts.at(-2) === 'contact' && Object.hasOwn(contactLabels, last)) return contactLabels[last as keyof typeof contactLabels][language];
  const property = last === 'relationKind' ? 'kind' : last;
  if (Object.hasOwn(propertyLabels, property)) return propertyLabels[property as keyof typeof propertyLabels][language];
  return Object.hasOwn(argumentLabels, property) ? argumentLabels[property as keyof typeof argumentLabels][language] : property;
}
