import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type GraphQLObjectType, type SelectionSetNode } from 'graphql';
import { RateLimiter } from '../../auth/rate-limiter';
import { accessExtension, unauthenticated } from '../auth/auth-checker';
import type { GraphQLContext } from '../context';
import { refuseCostly } from './query-cost';

/** Names of the root fields an operation selects, through fragments too (an aliased field once per alias). */
export function rootFieldNames(selectionSet: SelectionSetNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])),
  );
  const names: string[] = [];
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment, new Set([...seen, selection.name.value]));
      }
    }
  };
  visit(selectionSet, new Set());
  return names;
}

function isPublic(root: GraphQLObjectType, name: string): boolean {
  // __typename, __schema and __type: introspection is switched on or off as a whole (WEEFSEL_INTROSPECTION).
  return name.startsWith('__') || root.getFields()[name]?.extensions?.[accessExtension] === 'public';
}

function rateLimited(field: string, what: 'writes' | 'reads', wait: number): GraphQLError {
  return new GraphQLError(`${field}: too many ${what}; try again in ${wait} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfter: wait, params: { retryAfter: wait }, http: { status: 429, headers: new Map([['retry-after', String(wait)]]) } },
  });
}

/**
 * Runs before any resolver, in this order: (1) deny by default: an anonymous request may only
 * select public root fields (login, logout, me), so a new operation without `@Authorized` is
 * still closed to anonymous callers; it is answered HTTP 401; (2) the cost limit (query-cost.ts);
 * (3) rate limits on reads and writes per user, one token per root field, so aliases cannot
 * bundle many operations into one token. One plugin, because Apollo runs the hooks of several
 * plugins at once: a refused document must not spend the user's tokens.
 */
export function operationGuardPlugin(limits: { writesPerMinute: number; readsPerMinute: number; maxCost: number }): ApolloServerPlugin<GraphQLContext> {
  const writes = new RateLimiter(limits.writesPerMinute, limits.writesPerMinute);
  const reads = new RateLimiter(limits.readsPerMinute, limits.readsPerMinute);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, contextValue, request }) {
          if (!operation) return;
          const mutation = operation.operation === 'mutation';
          const root = mutation ? schema.getMutationType() : schema.getQueryType();
          if (!root) return;
          const guarded = rootFieldNames(operation.selectionSet, document).filter((name) => !isPublic(root, name));
          const user = contextValue.auth.user;
          if (guarded.length === 0) return;
          if (!user) throw unauthenticated(guarded[0] as string, 401);
          refuseCostly(schema, document, operation, request.variables ?? {}, limits.maxCost);
          const wait = (mutation ? writes : reads).take(user.id, guarded.length);
          if (wait > 0) throw rateLimited(guarded[0] as string, mutation ? 'writes' : 'reads', wait);
        },
      };
    },
  };
}
