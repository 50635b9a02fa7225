import { problemText, type ProblemCode, type ProblemParams } from './problem-codes';

/**
 * Which characters free text may hold, defined once for every field (names, descriptions, notes,
 * contact fields) and for search text. Refused, because they are invisible or reorder what is
 * shown, so two names that look the same would differ, or a name would show as something it is not:
 * - C0 controls (NUL included), DEL and C1 controls; tab, line feed and carriage return only in
 *   multi-line text (descriptions, notes, addresses);
 * - bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069);
 * - unpaired surrogates (no character at all; an XML export could not write them);
 * - text made only of invisible characters (white space, zero-width and other format characters).
 * Every check is one linear scan, so a long text costs no more than reading it.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what these are for
const singleLineForbidden = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
// eslint-disable-next-line no-control-regex -- as above
const multiLineForbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
// Format characters (zero-width space and joiners, word joiner, BOM, soft hyphen ...), white space,
// and the Hangul and Braille blanks that render as nothing.
const invisibleOnly = /^[\p{White_Space}\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]+$/u;

export interface TextRuleOptions {
  /** Tab and line breaks allowed (descriptions, notes, addresses); a name or search text is one line. */
  multiLine?: boolean;
}

export interface TextProblem {
  code: ProblemCode;
  params: ProblemParams;
  message: string;
}

/** `U+202E`, the way a character that cannot be shown is named in a message. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first problem of a text under the character rules, or null when it may be stored. */
export function textProblem(text: string, options: TextRuleOptions = {}): TextProblem | null {
  const match = (options.multiLine ? multiLineForbidden : singleLineForbidden).exec(text);
  if (match) {
    const character = codePointName(match[0]);
    const position = [...text.slice(0, match.index)].length + 1;
    return coded('forbiddenCharacter', { character, position });
  }
  return invisibleOnly.test(text) ? coded('invisibleOnly', {}) : null;
}

function coded(code: ProblemCode, params: ProblemParams): TextProblem {
  return { code, params, message: problemText(code, params) };
}
