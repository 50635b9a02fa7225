import { describe, expect, it } from 'vitest';
import { placementKindFor, suggestActorId } from './actor-id';

describe('suggestActorId', () => {
  it('folds the name into a valid id with a random suffix', () => {
    expect(suggestActorId('Buurtwerk Mariënstede & Co', () => 0)).toBe('buurtwerk-marienstede-co-00000');
    expect(suggestActorId('  ', () => 0.5)).toMatch(/^actor-[0-9a-z]{5}$/);
    expect(suggestActorId('x', () => 0.1)).not.toBe(suggestActorId('x', () => 0.2));
  });
});

describe('placementKindFor', () => {
  it('prefers located in and follows the schema endpoints', () => {
    expect(placementKindFor('Organisation', 'Neighbourhood')).toBe('LOCATED_IN');
    expect(placementKindFor('Organisation', 'CareZone')).toBe('MEMBER_OF');
    expect(placementKindFor('Neighbourhood', 'Municipality')).toBe('PART_OF');
    expect(placementKindFor('TransitionManager', 'Municipality')).toBe('ACTIVE_IN');
    expect(placementKindFor('CareZone', 'Neighbourhood')).toBeNull();
  });
});
