import { codedIssue, ValidationError, type CodedIssue } from '@weefsel/graph-schema';
import { positionLimits, type StoredPosition } from '../position-store';

/** The problems of a batch of positions that do not need the store; unknown actors are checked by each adapter. */
export function positionIssues(scopeKey: string, positions: readonly StoredPosition[]): CodedIssue[] {
  const issues: CodedIssue[] = [];
  if (scopeKey.length === 0) issues.push(codedIssue('scopeKey', 'empty'));
  if (positions.length > positionLimits.perWrite) issues.push(codedIssue('positions', 'tooLarge', { max: positionLimits.perWrite }));
  positions.forEach((p, i) => {
    for (const axis of ['x', 'y'] as const) {
      if (!Number.isFinite(p[axis]) || Math.abs(p[axis]) > positionLimits.coordinate) {
        issues.push(codedIssue(`positions[${i}].${axis}`, 'notFiniteInRange', { min: -positionLimits.coordinate, max: positionLimits.coordinate }));
      }
    }
  });
  return issues;
}

export function checkPositions(scopeKey: string, positions: readonly StoredPosition[]): void {
  const issues = positionIssues(scopeKey, positions);
  if (issues.length > 0) throw new ValidationError('writePositions', issues);
}

/** The error for positions of actors the store does not hold. */
export function unknownPositionActors(positions: readonly StoredPosition[], known: ReadonlySet<string>): ValidationError | null {
  const issues = positions.flatMap((p, i) => (known.has(p.actorId) ? [] : [codedIssue(`positions[${i}].actorId`, 'unknownActor', { id: p.actorId })]));
  return issues.length > 0 ? new ValidationError('writePositions', issues) : null;
}
