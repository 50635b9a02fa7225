/**
 * Too many requests from one client, or more work queued than the server takes on; `retryAfterSeconds`
 * says when the next one is allowed. At the bottom, so every layer that limits work can throw it.
 */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  constructor(
    readonly operation: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`${operation}: too many requests; try again in ${retryAfterSeconds} s`);
  }
}
