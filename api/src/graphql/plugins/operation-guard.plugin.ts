import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type GraphQLObjectType, type SelectionSetNode } from 'graphql';
import { RateLimiter } from '../../auth/rate-limiter';
import { accessExtension, unauthenticated } from '../auth/auth-checker';
import type { GraphQLContext } from '../context';

/** Names of the root fields an operation selects, through fragments too. */
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

/**
 * Runs before any resolver: (1) deny by default: an anonymous request may only select public
 * root fields (login, logout, me), so a new operation without `@Authorized` is still closed to
 * anonymous callers; (2) rate-limits writes per user: every mutation except the public ones.
 */
export function operationGuardPlugin(writesPerMinute: number): ApolloServerPlugin<GraphQLContext> {
  const writes = new RateLimiter(writesPerMinute, writesPerMinute);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, contextValue }) {
          if (!operation) return;
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          if (!root) return;
          const fields = rootFieldNames(operation.selectionSet, document);
          const guarded = fields.filter((name) => !isPublic(root, name));
          const user = contextValue.auth.user;
          if (guarded.length > 0 && !user) throw unauthenticated(guarded[0] as string);
          if (operation.operation !== 'mutation' || guarded.length === 0 || !user) return;
          const wait = writes.take(user.id);
          if (wait > 0) {
            throw new GraphQLError(`${guarded[0]}: too many writes; try again in ${wait} s`, {
              extensions: { code: 'RATE_LIMITED', retryAfter: wait, params: { retryAfter: wait }, http: { status: 429, headers: new Map([['retry-after', String(wait)]]) } },
            });
          }
        },
      };
    },
  };
}
