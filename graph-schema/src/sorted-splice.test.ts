import { describe, expect, it } from 'vitest';
import { mulberry32 } from './seeded-random';
import { splicedSorted } from './sorted-splice';

const key = (item: { id: string }) => item.id;

describe('splicedSorted', () => {
  it('gives what dropping, adding and sorting again gives, for random lists', () => {
    const random = mulberry32(7);
    for (let round = 0; round < 200; round++) {
      const ids = [...new Set(Array.from({ length: Math.floor(random() * 20) }, () => `r${Math.floor(random() * 60)}`))].sort();
      const sorted = ids.map((id) => ({ id }));
      const dropped = new Set(sorted.flatMap((_, k) => (random() < 0.2 ? [k] : [])));
      const added = [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => `r${Math.floor(random() * 60)}`))]
        .filter((id) => !ids.includes(id))
        .map((id) => ({ id, added: true }));
      const expected = [...sorted.filter((_, k) => !dropped.has(k)), ...added].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(splicedSorted<{ id: string; added?: boolean }>(sorted, key, dropped, added)).toEqual(expected);
    }
  });
});
