import { describe, expect, it } from 'vitest';
import { repeatedNames } from './repeated-names';

describe('repeatedNames', () => {
  it('finds the names two items share, case and accents aside, and no others', () => {
    const items = [{ name: 'TELLU AS' }, { name: 'Tellu AS' }, { name: 'SINTEF AS' }, { name: 'Café Buren' }, { name: 'Cafe buren' }];
    expect(repeatedNames(items)).toEqual(new Set(['TELLU AS', 'Tellu AS', 'Café Buren', 'Cafe buren']));
    expect(repeatedNames([{ name: 'SINTEF AS' }])).toEqual(new Set());
  });
});
