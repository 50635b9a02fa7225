import { describe, expect, it } from 'vitest';
import { mayOpenView, visibleViews } from './view-roles';

describe('tabs per role', () => {
  it('shows the admin screens to admins only, and the account page to everyone', () => {
    expect(visibleViews('admin')).toEqual(['network', 'gaps', 'domains', 'neighbourhood', 'changes', 'survey', 'import', 'users', 'audit', 'account']);
    for (const role of ['viewer', 'editor'] as const) {
      expect(visibleViews(role)).not.toContain('users');
      expect(visibleViews(role)).not.toContain('audit');
      expect(visibleViews(role)).toContain('account');
    }
    expect(mayOpenView('audit', null)).toBe(false);
  });

  it('shows the survey screens to editors and admins, never to viewers', () => {
    expect(visibleViews('viewer')).not.toContain('survey');
    expect(visibleViews('editor')).toContain('survey');
    expect(mayOpenView('survey', 'admin')).toBe(true);
    expect(mayOpenView('survey', null)).toBe(false);
  });
});
