import { describe, expect, it } from 'vitest';
import { checkRelationDraft, parseWeight, type RelationDraft } from './relation-checks';

const draft: RelationDraft = {
  kind: 'PARTNERS_WITH',
  source: 'org-a',
  target: 'org-b',
  status: 'ACTIVE',
  since: '',
  sinceUnreadable: false,
  until: '',
  untilUnreadable: false,
  weight: '',
  note: '',
};

describe('parseWeight', () => {
  it('reads empty as no weight and numbers with a comma or a dot', () => {
    expect(parseWeight('  ')).toEqual({ ok: true, value: null });
    expect(parseWeight('2,5')).toEqual({ ok: true, value: 2.5 });
    expect(parseWeight('3.25')).toEqual({ ok: true, value: 3.25 });
  });

  it('makes text that is not a number a problem at the weight', () => {
    expect(parseWeight('heel sterk')).toEqual({ ok: false, issue: { path: 'weight', code: 'notANumber', params: { value: 'heel sterk' } } });
    expect(parseWeight('1.234,5').ok).toBe(false);
  });
});

describe('checkRelationDraft', () => {
  it('gives the input to send when everything is readable and valid', () => {
    expect(checkRelationDraft({ ...draft, weight: '2,5', note: ' ok ' })).toEqual({
      input: { kind: 'PARTNERS_WITH', source: 'org-a', target: 'org-b', status: 'ACTIVE', since: null, until: null, weight: 2.5, note: 'ok' },
      issues: [],
    });
  });

  it('sends nothing for the weight "heel sterk"', () => {
    const checked = checkRelationDraft({ ...draft, weight: 'heel sterk' });
    expect(checked.input).toBeNull();
    expect(checked.issues).toEqual([{ path: 'weight', code: 'notANumber', params: { value: 'heel sterk' } }]);
  });

  it("applies graph-schema's rules: weight range, end before start, no partner", () => {
    expect(checkRelationDraft({ ...draft, weight: '0' }).issues).toEqual([{ path: 'weight', code: 'notPositive', params: {} }]);
    expect(checkRelationDraft({ ...draft, since: '2025-09-01', until: '2025-08-01' }).issues).toEqual([{ path: 'until', code: 'untilBeforeSince', params: { since: '2025-09-01' } }]);
    expect(checkRelationDraft({ ...draft, target: null }).issues).toEqual([{ path: 'target', code: 'required', params: {} }]);
  });

  it('reports a date the browser could not read instead of saving without it', () => {
    const checked = checkRelationDraft({ ...draft, since: '', sinceUnreadable: true });
    expect(checked.input).toBeNull();
    expect(checked.issues).toEqual([{ path: 'since', code: 'invalidDate', params: {} }]);
  });
});
