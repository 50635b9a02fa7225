import { defaultFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * The query root fields of one request run one after another, each in an event-loop turn of its
 * own, so other connections (/healthz, small requests) are served between them. Without this, the
 * aliases of one request (SQLite answers synchronously) ran back to back in one turn: six whole
 * networks blocked the process for seconds. The first root field starts at once, so a request of
 * one field (nearly all of them) pays nothing.
 */
const lastTurn = new WeakMap<object, Promise<unknown>>();

/** Null for the request's first root field; otherwise a turn after the previous field's. */
function nextTurn(request: object): Promise<void> | null {
  const last = lastTurn.get(request);
  const turn = last ? last.then(() => new Promise<void>((resolve) => setImmediate(resolve))) : null;
  lastTurn.set(request, turn ?? Promise.resolve());
  return turn;
}

const wrapped = Symbol('rootFieldTurns');

/** Wraps the resolver of every query root field (mutations already run one after another). */
export function takeTurnsAtRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const marked = field as unknown as Record<symbol, boolean>;
    if (marked[wrapped]) continue;
    marked[wrapped] = true;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (root, args, ctx: object, info) => {
      const turn = nextTurn(ctx);
      return turn ? turn.then(() => resolve(root, args, ctx, info)) : resolve(root, args, ctx, info);
    };
  }
  return schema;
}
