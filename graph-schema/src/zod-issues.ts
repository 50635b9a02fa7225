import type { z } from 'zod';
import { isProblemCode, type ProblemParams } from './problem-codes';
import type { CodedIssue } from './validation-error';

/** The property a zod path ends in (`contact.email` → `email`, `domains[2]` → `domains`). */
function propertyOf(path: readonly (string | number)[]): string {
  return String([...path].reverse().find((part) => typeof part === 'string') ?? '');
}

function codeAndParams(issue: z.ZodIssue): Pick<CodedIssue, 'code' | 'params'> {
  const property = propertyOf(issue.path);
  switch (issue.code) {
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as ProblemParams & { code?: unknown };
      return { code: isProblemCode(code) ? code : 'invalid', params };
    }
    case 'invalid_type':
      if (issue.received === 'nan') return { code: 'notANumber', params: { value: 'NaN' } };
      return issue.received === 'undefined' || issue.received === 'null'
        ? { code: 'required', params: {} }
        : { code: 'wrongType', params: { expected: issue.expected } };
    case 'invalid_enum_value':
      return { code: 'unknownValue', params: { property, value: String(issue.received) } };
    case 'unrecognized_keys':
      return { code: 'unknownProperty', params: { value: issue.keys.join(', ') } };
    case 'too_small':
      if (issue.type === 'string') return { code: 'empty', params: {} };
      return { code: 'notPositive', params: {} };
    case 'too_big':
      return { code: issue.type === 'string' ? 'tooLong' : 'tooLarge', params: { max: Number(issue.maximum) } };
    case 'not_finite':
      return { code: 'notANumber', params: { value: '' } };
    default:
      return { code: 'invalid', params: {} };
  }
}

/**
 * Zod's issues as coded issues under `prefix` (`actors[3]`): zod's message stays the developer
 * text; the code and params come from the kind of check that failed, or from `params.code` of our
 * own refinements (properties.ts).
 */
export function codedIssuesOf(error: z.ZodError, prefix: string): CodedIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))].join('').replace(/^\./, ''),
    message: issue.message,
    ...codeAndParams(issue),
  }));
}
