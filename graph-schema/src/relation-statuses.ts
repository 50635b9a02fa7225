import type { Label } from './labels';

/**
 * Where a relation stands. Planned ties (an accepted recommendation, say) are drawn but not counted
 * by analysis; an ended tie carries its last day in `until`, so `isActiveOn` stays the one rule for
 * dates.
 */
export const relationStatuses = {
  PLANNED: { nl: 'gepland', en: 'planned' },
  ACTIVE: { nl: 'actief', en: 'active' },
  ENDED: { nl: 'beëindigd', en: 'ended' },
} as const satisfies Record<string, Label>;

export type RelationStatus = keyof typeof relationStatuses;
export const relationStatusNames = Object.keys(relationStatuses) as [RelationStatus, ...RelationStatus[]];
export const defaultRelationStatus: RelationStatus = 'ACTIVE';
