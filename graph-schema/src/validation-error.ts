import { problemText, type ProblemCode, type ProblemParams } from './problem-codes';

/**
 * One problem with an input: where it is (`actors[3].kind`), why it is wrong in precise English
 * (`message`, for developers) and the same as a stable `code` with `params` (for a client to say it
 * in its user's language). Issues written without a code get `invalid` when thrown.
 */
export interface ValidationIssue {
  path: string;
  message: string;
  code?: ProblemCode;
  params?: ProblemParams;
}

/** An issue as it leaves a ValidationError: always with a code and params. */
export type CodedIssue = Required<ValidationIssue>;

/** An issue whose English message is the code's template filled with `params`. */
export function codedIssue(path: string, code: ProblemCode, params: ProblemParams = {}): CodedIssue {
  return { path, message: problemText(code, params), code, params };
}

/** Bad input: thrown before anything is written, so the store is unchanged. */
export class ValidationError extends Error {
  readonly issues: CodedIssue[];

  constructor(operation: string, issues: ValidationIssue[]) {
    const shown = issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super(`${operation} rejected: ${shown.join('; ')}${more}`);
    this.name = 'ValidationError';
    this.issues = issues.map((issue) => ({ ...issue, code: issue.code ?? 'invalid', params: issue.params ?? {} }));
  }
}
