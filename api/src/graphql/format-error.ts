import { unwrapResolverError } from '@apollo/server/errors';
import { ValidationError } from '@weefsel/graph-schema';
import type { GraphQLFormattedError } from 'graphql';
import { LoginFailedError, RateLimitedError } from '../auth/auth-errors';
import type { Logger } from '../logger';
import { StoreReadOnlyError, StoreUnavailableError } from '../store/store-errors';

function answer(formatted: GraphQLFormattedError, message: string, extensions: Record<string, unknown>): GraphQLFormattedError {
  return { message, ...(formatted.path ? { path: formatted.path } : {}), extensions };
}

/** As many issues as importFiles lists (its first 1000 problems): a reply stays small however bad the input. */
export const maxReplyIssues = 1000;

/** The first `maxReplyIssues` issues, and how many there are in all (`issueCount`), like importFiles' `problemCount`. */
function validationExtensions(error: ValidationError): Record<string, unknown> {
  return { code: 'BAD_USER_INPUT', issues: error.issues.slice(0, maxReplyIssues), issueCount: error.issues.length };
}

/**
 * Bad input keeps its message and the list of issues (field, reason, code and params); an unreachable store
 * says so and that a retry may work; anything unexpected is logged in full and reaches the
 * client only as "Internal server error".
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ValidationError) return answer(formatted, original.message, validationExtensions(original));
    if (original instanceof StoreUnavailableError) {
      log.warn('store unavailable', { error: original.message, path: formatted.path });
      return answer(formatted, 'The store is unavailable right now; retry in a moment', { code: 'SERVICE_UNAVAILABLE', retryable: true });
    }
    if (original instanceof StoreReadOnlyError) {
      log.error('store read-only', { error: original.message, path: formatted.path });
      const message = 'The server cannot save changes: its database is read-only. Reading still works; an administrator must make the database writable';
      return answer(formatted, message, { code: 'STORE_READ_ONLY', retryable: false });
    }
    if (original instanceof LoginFailedError) return answer(formatted, original.message, { code: 'UNAUTHENTICATED' });
    if (original instanceof RateLimitedError) {
      const retryAfter = original.retryAfterSeconds;
      return answer(formatted, original.message, { code: 'RATE_LIMITED', retryAfter, params: { retryAfter } });
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    const err = original instanceof Error ? original : new Error(String(original));
    log.error('graphql internal error', { error: err.message, stack: err.stack, path: formatted.path });
    return answer(formatted, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
  };
}
