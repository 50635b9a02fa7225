import { Lexer, Source, TokenKind } from 'graphql';
import type { RequestHandler } from 'express';

/**
 * Counts the tokens of a GraphQL document up to `max + 1`; a lexing error stops the count and
 * leaves the error to the parser, which reports it as a normal GRAPHQL_PARSE_FAILED.
 */
export function tokenCount(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (count <= max && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    return count;
  }
  return count;
}

/**
 * Refuses a document of more than `max` tokens before it is parsed: parsing cost grows with the
 * document, so a huge one would tie up the process. (graphql-armor's own token limit throws from
 * inside Apollo's parsing hook, which turns every syntax error into an HTTP 500; hence this.)
 */
export function tokenLimit(max: number): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && tokenCount(query, max) > max) {
      res.status(400).json({
        errors: [{ message: `Token limit of ${max} exceeded: shorten the query, or send data as variables`, extensions: { code: 'BAD_USER_INPUT' } }],
      });
      return;
    }
    next();
  };
}
