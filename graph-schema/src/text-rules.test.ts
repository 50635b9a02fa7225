import { describe, expect, it } from 'vitest';
import { limits } from './properties';
import { textProblem } from './text-rules';
import { validateSearchText } from './validate';
import { ValidationError } from './validation-error';

describe('text rules', () => {
  it('refuses controls, bidi overrides and isolates, and names the character and its position', () => {
    expect(textProblem('a\u0000b')).toMatchObject({ code: 'forbiddenCharacter', params: { character: 'U+0000', position: 2 } });
    expect(textProblem('😀\u202Eb')).toMatchObject({ params: { character: 'U+202E', position: 2 } });
    expect(textProblem('x\u2069')?.code).toBe('forbiddenCharacter');
    expect(textProblem('x\u0085')?.code).toBe('forbiddenCharacter');
    expect(textProblem('x\u007F')?.code).toBe('forbiddenCharacter');
  });

  it('allows tab, line feed and carriage return only in multi-line text', () => {
    expect(textProblem('a\tb')?.code).toBe('forbiddenCharacter');
    expect(textProblem('a\r\n\tb', { multiLine: true })).toBeNull();
    expect(textProblem('a\u000Bb', { multiLine: true })?.code).toBe('forbiddenCharacter');
  });

  it('refuses text of invisible characters only, not visible text holding some', () => {
    expect(textProblem('\u200B \u200D\u3164')?.code).toBe('invisibleOnly');
    expect(textProblem('Jan\u200BPeeters')).toBeNull();
    expect(textProblem('Mariënstede, ‏עברית')).toBeNull();
    expect(textProblem('')).toBeNull();
  });

  it('checks a search text for its length before anything else', () => {
    const tooLong = 'en'.repeat(200_000);
    expect(() => validateSearchText(tooLong)).toThrow(ValidationError);
    const caught = (() => {
      try {
        validateSearchText(`\u0000${tooLong}`);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).issues).toEqual([{ path: 'text', code: 'tooLong', params: { max: limits.searchLength }, message: `must be at most ${limits.searchLength} characters` }]);
    expect(validateSearchText('x'.repeat(limits.searchLength))).toHaveLength(limits.searchLength);
    expect(validateSearchText('\u200B')).toBe('\u200B');
  });
});
