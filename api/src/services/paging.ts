import { ValidationError } from '@weefsel/graph-schema';

export const pageLimits = { maxPageSize: 500, maxSearchResults: 50, maxEgoDepth: 4 } as const;

/** Checks a whole-number argument against its range; the error names the argument and the range. */
export function checkRange(operation: string, field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(operation, [{ path: field, message: `must be a whole number from ${min} to ${max} (got ${value})`, code: 'outOfRange', params: { min, max } }]);
  }
  return value;
}
