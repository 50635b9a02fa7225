import { unwrapResolverError } from '@apollo/server/errors';
import { ValidationError } from '@weefsel/graph-schema';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger';

/**
 * Bad input keeps its message and the list of issues (field and reason); anything unexpected is
 * logged in full and reaches the client only as "Internal server error".
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ValidationError) {
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'BAD_USER_INPUT', issues: original.issues },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    const err = original instanceof Error ? original : new Error(String(original));
    log.error('graphql internal error', { error: err.message, stack: err.stack, path: formatted.path });
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
