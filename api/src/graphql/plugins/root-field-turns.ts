import { defaultFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * One query root field at a time starts its work, each in an event-loop turn of its own, so
 * other connections (/healthz, small requests) are served between them. Without this, the
 * aliases of one request (SQLite answers synchronously) run back to back in one turn: six whole
 * networks blocked the process for seconds. Costs one setImmediate per root field.
 */
let lastTurn: Promise<void> = Promise.resolve();

function nextTurn(): Promise<void> {
  // Queued when the previous turn starts: Node runs it in the next loop iteration, after I/O.
  const turn = lastTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  lastTurn = turn;
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
    field.resolve = async (root, args, ctx, info) => {
      await nextTurn();
      return resolve(root, args, ctx, info);
    };
  }
  return schema;
}
