import { propertyLabels, type Language } from '@weefsel/graph-schema';
import type { FieldIssue } from '../../api/editing.api';

export type PropertyName = keyof typeof propertyLabels;

/** The form field an issue path points at: `contact.email` -> `contact`, `domains[2]` -> `domains`. */
export function fieldOfPath(path: string): string {
  return path.split(/[.[]/)[0] ?? '';
}

/** The label of a property in the UI language (from graph-schema), or the raw name when unknown. */
export function propertyLabel(field: string, language: Language): string {
  return Object.hasOwn(propertyLabels, field) ? propertyLabels[field as PropertyName][language] : field;
}

export interface SortedIssues {
  /** Messages per form field. */
  byField: Map<string, string[]>;
  /** Issues no field of the form shows (e.g. about the whole input), with their field label in front. */
  other: string[];
}

/**
 * Sort the API's issues onto the fields of a form. The message stays as the API wrote it; the field
 * it concerns is named by its label in the UI language.
 */
export function sortIssues(issues: readonly FieldIssue[], fields: readonly string[], language: Language): SortedIssues {
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
    else other.push(field ? `${propertyLabel(field, language)}: ${issue.message}` : issue.message);
  }
  return { byField, other };
}
