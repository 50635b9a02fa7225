import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/messages';
import { dateHintKey } from './date-picker';

describe('the sentence under the date', () => {
  const today = '2026-12-06';
  it('speaks of a chosen day in the past tense, of a day still to come in the future', () => {
    expect(dateHintKey({ asOf: '2024-01-01', history: false }, today)).toBe('date.hint.set');
    expect(dateHintKey({ asOf: today, history: false }, today)).toBe('date.hint.set');
    expect(dateHintKey({ asOf: '2031-01-01', history: false }, today)).toBe('date.hint.future');
    expect(translate('nl', dateHintKey({ asOf: '2031-01-01', history: false }, today), { date: '1 januari 2031' })).toMatch(/^Het netwerk zoals het op 1 januari 2031 zal zijn/);
  });

  it('says today without a day, and the whole history when asked', () => {
    expect(dateHintKey({ asOf: null, history: false }, today)).toBe('date.hint.today');
    expect(dateHintKey({ asOf: null, history: true }, today)).toBe('date.hint.history');
  });
});
