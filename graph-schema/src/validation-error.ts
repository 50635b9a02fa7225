/** One problem with an input: where it is (`actors[3].kind`) and why it is wrong. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Bad input: thrown before anything is written, so the store is unchanged. */
export class ValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(operation: string, issues: ValidationIssue[]) {
    const shown = issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super(`${operation} rejected: ${shown.join('; ')}${more}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
}
