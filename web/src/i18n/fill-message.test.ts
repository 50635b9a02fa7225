import { describe, expect, it } from 'vitest';
import { fillMessage, placeholdersOf } from './fill-message';
import { translate } from './messages';

describe('fillMessage', () => {
  const actors = '{count, plural, one {# actor betrokken} other {# actoren betrokken}}';

  it('picks the plural form by Intl.PluralRules and writes the count for the language', () => {
    expect(fillMessage('nl', 'k', actors, { count: 1 })).toBe('1 actor betrokken');
    expect(fillMessage('nl', 'k', actors, { count: 0 })).toBe('0 actoren betrokken');
    expect(fillMessage('nl', 'k', actors, { count: 1234 })).toBe('1.234 actoren betrokken');
    expect(fillMessage('en', 'k', '{n, plural, one {# tie} other {# ties}}', { n: 1234 })).toBe('1,234 ties');
  });

  it('fills placeholders inside a chosen form and numbers outside one', () => {
    const message = '{count, plural, one {# partner van {name}} other {# partners van {name}}} op {total}';
    expect(fillMessage('nl', 'k', message, { count: 1, name: 'CAW', total: 2500 })).toBe('1 partner van CAW op 2.500');
  });

  it('names a missing parameter, also a plural one', () => {
    expect(() => fillMessage('nl', 'k', actors, {})).toThrow(/"count"/);
  });

  it('lists plural and plain placeholders once each', () => {
    expect(placeholdersOf('{count, plural, one {# van {name}} other {# van {name}}} {x}')).toEqual(['count', 'name', 'x']);
  });

  it('says "1 actor" and "3 actoren" in the gaps view, "1 probleem" on the import page', () => {
    expect(translate('nl', 'gaps.affected', { count: 1 })).toBe('1 actor betrokken');
    expect(translate('nl', 'gaps.affected', { count: 3 })).toBe('3 actoren betrokken');
    expect(translate('nl', 'import.problemsTitle', { count: 1 })).toMatch(/^1 probleem: /);
    expect(translate('en', 'network.summary', { actors: 1, relations: 2 })).toBe('Showing 1 actor and 2 relations.');
    expect(translate('nl', 'import.sheetCaption', { sheet: 'Blad1', role: 'genegeerd', rows: 1 })).toBe('Blad Blad1: genegeerd, 1 rij');
    expect(translate('en', 'import.sheetCaption', { sheet: 'Sheet1', role: 'ignored', rows: 2 })).toBe('Sheet Sheet1: ignored, 2 rows');
  });
});
