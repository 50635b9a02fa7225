import type { Language } from '@weefsel/graph-schema';
import type { FieldIssue } from '../../api/editing.api';
import { describeProblem, describeProblemAt } from '../../i18n/describe-problem';
import { pathLabel } from '../../i18n/path-labels';

/** The form field an issue path points at: `contact.email` -> `contact.email`, `domains[2]` -> `domains`. */
export function fieldOfPath(path: string): string {
  const [first = '', second] = path.split(/[.[]/);
  // Contact fields are separate inputs in the actor form, so their issues stay with them.
  return first === 'contact' && second ? `contact.${second}` : first;
}

/** The label of a property in the UI language (from graph-schema), or the raw name when unknown. */
export function propertyLabel(field: string, language: Language): string {
  return pathLabel(field, language);
}

export interface SortedIssues {
  /** Messages per form field, in the UI language. */
  byField: Map<string, string[]>;
  /** Issues no field of the form shows (e.g. about the whole input), with their field label in front. */
  other: string[];
}

export const noIssues: SortedIssues = { byField: new Map(), other: [] };

/**
 * Sort issues (the API's, or the form's own checks) onto the fields of a form, each worded from its
 * code in the UI language: the API's English message is never shown.
 */
export function sortIssues(issues: readonly FieldIssue[], fields: readonly string[], language: Language): SortedIssues {
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), describeProblem(issue, language)]);
    else other.push(describeProblemAt(issue, language));
  }
  return { byField, other };
}
