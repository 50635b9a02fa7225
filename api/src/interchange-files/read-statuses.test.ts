import { describe, expect, it } from 'vitest';
import type { RelationStatus, ValidRelation } from '@weefsel/graph-schema';
import { keepStoredReadings } from './read-statuses';

const today = '2026-12-06';
const tie = (id: string, status: RelationStatus, until: string | null = null): ValidRelation => ({ id, kind: 'PARTNERS_WITH', source: 'a', target: id === 'by-actor' ? 'ended' : 'b', status, until });
const untilOf = (id: string) => (id === 'ended' ? '2022-06-30' : null);
const statusesOf = (file: ValidRelation[], stored: Record<string, RelationStatus>) =>
  Object.fromEntries(keepStoredReadings(file, new Map(Object.entries(stored).map(([id, status]) => [id, { status }])), untilOf, today).map((r) => [r.id, r.status]));

describe('keepStoredReadings', () => {
  it('reads a status that only repeats what the dates say as the stored one', () => {
    // An export says ENDED for these because their end, or their actor's, has passed.
    const file = [tie('past', 'ENDED', '2021-12-31'), tie('by-actor', 'ENDED'), tie('running', 'ACTIVE', '2999-12-31')];
    expect(statusesOf(file, { past: 'ACTIVE', 'by-actor': 'ACTIVE', running: 'ENDED' })).toEqual({ past: 'ACTIVE', 'by-actor': 'ACTIVE', running: 'ENDED' });
  });

  it('writes a status the dates do not give: an edit', () => {
    const file = [tie('planned', 'PLANNED'), tie('activated', 'ACTIVE'), tie('ends-later', 'ENDED', '2999-12-31'), tie('new', 'ENDED', '2020-01-01')];
    expect(statusesOf(file, { planned: 'ACTIVE', activated: 'PLANNED', 'ends-later': 'ACTIVE' })).toEqual({ planned: 'PLANNED', activated: 'ACTIVE', 'ends-later': 'ENDED', new: 'ENDED' });
  });

  it('never keeps ENDED where the file took away every end: it would say nothing about when', () => {
    expect(statusesOf([tie('reopened', 'ACTIVE')], { reopened: 'ENDED' })).toEqual({ reopened: 'ACTIVE' });
  });
});
