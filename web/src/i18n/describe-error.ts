import { errorCodes, roles, type ErrorCode, type Language } from '@weefsel/graph-schema';
import { GraphQLRequestError, type GraphQLErrorPayload } from '../api/graphql-client';
import { describeProblemAt, type CodedProblem } from './describe-problem';
import { translate, type MessageParams } from './messages';

function isErrorCode(value: unknown): value is ErrorCode {
  return errorCodes.some((code) => code === value);
}

/** The coded issues of a BAD_USER_INPUT error (`extensions.issues`), skipping anything malformed. */
export function issuesOf(payload: GraphQLErrorPayload): (CodedProblem & { path: string })[] {
  const issues = payload.extensions?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is CodedProblem & { path: string } =>
      typeof issue === 'object' && issue !== null && typeof issue.path === 'string' && typeof issue.code === 'string',
  );
}

function roleLabel(value: unknown, language: Language): string {
  return typeof value === 'string' && Object.hasOwn(roles, value) ? roles[value as keyof typeof roles].label[language] : '–';
}

function describePayload(payload: GraphQLErrorPayload, language: Language): string {
  const code = payload.extensions?.code;
  const issues = issuesOf(payload);
  if (code === 'BAD_USER_INPUT' && issues.length > 0) return issues.map((issue) => describeProblemAt(issue, language)).join('; ');
  // Apollo's own codes (a query the schema does not know, ...) are programming errors: say so in general terms.
  const known: ErrorCode = isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR';
  const raw = (payload.extensions?.params ?? {}) as Record<string, unknown>;
  const params: MessageParams = {
    requiredRole: roleLabel(raw.requiredRole, language),
    role: roleLabel(raw.role, language),
    retryAfter: typeof raw.retryAfter === 'number' ? raw.retryAfter : 60,
  };
  return translate(language, `error.${known}`, params);
}

/**
 * Any error of a request in the user's language: the API's coded problems and error codes through
 * the messages, a failed connection as such. The English `error.message` is for developers (the
 * console) and never shown.
 */
export function describeError(error: unknown, language: Language): string {
  if (error instanceof GraphQLRequestError && error.errors.length > 0) {
    const texts = error.errors.map((payload) => describePayload(payload, language));
    return [...new Set(texts)].join(' ');
  }
  if (error instanceof GraphQLRequestError && error.status === 429) return translate(language, 'error.RATE_LIMITED', { retryAfter: 60 });
  if (error instanceof GraphQLRequestError && error.status !== undefined && error.status >= 500) return translate(language, 'error.INTERNAL_SERVER_ERROR');
  return translate(language, 'error.NETWORK');
}
