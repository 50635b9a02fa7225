import { describe, expect, it } from 'vitest';
import { statusOn, todayInBrussels, type RelationInput } from '@weefsel/graph-schema';
import { demoGraph } from './demo-graph';

/** The demo's stored statuses agree with its dates (docs/time.md), today and on any later day. */
const stored = (r: RelationInput) => r.status ?? 'ACTIVE';
const onDay = (r: RelationInput, day: string) => statusOn({ status: stored(r), until: r.until ?? null }, day);

describe('demo network in time', () => {
  it('marks every tie past its last day as ENDED, and no other', () => {
    const today = todayInBrussels();
    const doc = demoGraph();
    expect(doc.relations.filter((r) => stored(r) !== onDay(r, today)).map((r) => r.id)).toEqual([]);
    const ended = doc.relations.filter((r) => stored(r) === 'ENDED');
    expect(ended.length).toBeGreaterThanOrEqual(50);
    expect(ended.every((r) => r.until !== undefined && r.until !== null && r.until < today)).toBe(true);
  });

  it('stays consistent as days pass: a tie ends the day after its until', () => {
    const last = 'org-provincie-wvl--FUNDS--prj-eenzaamheid-nwvl';
    const until = demoGraph('2026-12-31').relations.find((r) => r.id === last);
    expect(until).toMatchObject({ until: '2026-12-31' });
    expect(stored(until as RelationInput)).toBe('ACTIVE');
    expect(demoGraph('2027-01-01').relations.find((r) => r.id === last)?.status).toBe('ENDED');
    for (const day of ['2020-01-01', '2023-06-15', '2030-01-01']) {
      expect(demoGraph(day).relations.filter((r) => stored(r) !== onDay(r, day)).map((r) => r.id), day).toEqual([]);
    }
  });

  it('never lets a tie end before it starts', () => {
    expect(demoGraph().relations.filter((r) => r.since && r.until && r.until < r.since).map((r) => r.id)).toEqual([]);
  });
});
