import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../../logger';
import type { GraphQLContext } from '../context';

/**
 * One structured line per GraphQL request: operation, user id, duration and error codes.
 * Variables are never logged (they carry passwords and personal data).
 */
export function requestLogPlugin(log: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, errors, response }) {
          // The codes the client got: the answer's errors are formatted (formatError gives bad input
          // its BAD_USER_INPUT); the raw ones carry a code only when they were thrown with one.
          const answered = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          log.info('graphql request', {
            operation: operation?.operation ?? null,
            operationName: operationName ?? null,
            userId: contextValue.auth?.user?.id ?? null,
            ms: Math.round(performance.now() - started),
            errors: (answered ?? errors)?.map((e) => e.extensions?.code ?? 'UNKNOWN') ?? [],
          });
        },
      };
    },
  };
}
