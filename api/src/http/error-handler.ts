import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/** What a client is told per body-parser failure; the parser's own message may quote the body. */
const bodyProblems: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: 400, message: 'The request body is not valid JSON: send a JSON object such as {"query": "..."}' },
  'entity.too.large': { status: 413, message: 'The request body is too large: send less data per request (WEEFSEL_BODY_LIMIT sets the limit)' },
  'encoding.unsupported': { status: 415, message: 'The request body has an unsupported encoding: send it as UTF-8' },
  'charset.unsupported': { status: 415, message: 'The request body has an unsupported charset: send it as UTF-8' },
  'request.aborted': { status: 400, message: 'The request body was cut off: send it again' },
};

/**
 * Answers every error that reaches Express as JSON, never as Express's default HTML page (which
 * shows the stack in development and logs it raw, a login's password included when its body is
 * malformed JSON). The log line names the failure and the route, never the body or its message.
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const { type, status, statusCode } = (error ?? {}) as HttpError;
    const known = type ? bodyProblems[type] : undefined;
    const code = known?.status ?? status ?? statusCode ?? 500;
    const internal = !known && code >= 500;
    if (internal) log.error('http error', { method: req.method, path: req.path, stack: (error as Error)?.stack ?? String(error) });
    else log.warn('bad request body', { method: req.method, path: req.path, type: type ?? null, status: code, bytes: Number(req.headers['content-length'] ?? 0) });
    const message = known?.message ?? (internal ? 'Internal server error' : 'The request could not be read: check its headers and body');
    res.status(code).json({ errors: [{ message, extensions: { code: internal ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  };
}
