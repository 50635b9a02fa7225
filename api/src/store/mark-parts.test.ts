import { describe, expect, it } from 'vitest';
import { changeMarkOf, markPart } from './mark-parts';

describe('markPart', () => {
  it('gives each part of a two-part mark back as it was made', () => {
    const mark = changeMarkOf('7f3a:12', '7f3a:4');
    expect(markPart(mark, 'graph')).toBe('7f3a:12');
    expect(markPart(mark, 'users')).toBe('7f3a:4');
  });

  it('takes a mark without a users part as both parts', () => {
    expect(markPart('empty', 'graph')).toBe('empty');
    expect(markPart('empty', 'users')).toBe('empty');
  });
});
