import { validateRelation, ValidationError, type RelationKind, type RelationStatus } from '@weefsel/graph-schema';
import type { FieldIssue, RelationInput } from '../../api/editing.api';

/** What the relation form holds: text as typed, and whether the browser could read each date. */
export interface RelationDraft {
  id?: string;
  kind: RelationKind | '';
  source: string;
  target: string | null;
  status: RelationStatus;
  since: string;
  /** The date input holds something that is not a whole date (its `validity.badInput`). */
  sinceUnreadable: boolean;
  until: string;
  untilUnreadable: boolean;
  weight: string;
  note: string;
}

export type ParsedWeight = { ok: true; value: number | null } | { ok: false; issue: FieldIssue };

/**
 * A weight as typed: empty is "no weight"; "2", "2,5" (Belgian comma) and "2.5" are numbers;
 * anything else ("heel sterk") is a problem at the field, never silently dropped.
 */
export function parseWeight(text: string): ParsedWeight {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) return { ok: false, issue: { path: 'weight', code: 'notANumber', params: { value: trimmed } } };
  return { ok: true, value: Number(trimmed.replace(',', '.')) };
}

/**
 * The input to send, or the problems to show at the fields. The form's own checks (unreadable text)
 * come first; then graph-schema's validateRelation, the same rules the API applies, so a bad weight
 * or an end before the start is caught before anything is sent.
 */
export function checkRelationDraft(draft: RelationDraft): { input: RelationInput | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const weight = parseWeight(draft.weight);
  if (!weight.ok) issues.push(weight.issue);
  if (!draft.target) issues.push({ path: 'target', code: 'required', params: {} });
  if (!draft.kind) issues.push({ path: 'kind', code: 'required', params: {} });
  if (draft.sinceUnreadable) issues.push({ path: 'since', code: 'invalidDate', params: {} });
  if (draft.untilUnreadable) issues.push({ path: 'until', code: 'invalidDate', params: {} });
  if (!draft.target || !draft.kind) return { input: null, issues };
  const input: RelationInput = {
    ...(draft.id ? { id: draft.id } : {}),
    kind: draft.kind,
    source: draft.source,
    target: draft.target,
    status: draft.status,
    since: draft.since || null,
    until: draft.until || null,
    weight: weight.ok ? weight.value : null,
    note: draft.note.trim() || null,
  };
  try {
    validateRelation(input);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const known = new Set(issues.map((issue) => issue.path));
    issues.push(...error.issues.filter((issue) => !known.has(issue.path)).map(({ path, code, params }) => ({ path, code, params })));
  }
  return { input: issues.length === 0 ? input : null, issues };
}
