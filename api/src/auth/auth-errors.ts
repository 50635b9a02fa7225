/** Wrong user name or password; the message never says which, so names cannot be probed. */
export class LoginFailedError extends Error {
  override name = 'LoginFailedError';
  constructor() {
    super('Login failed: wrong user name or password');
  }
}

/** Too many requests from one client; `retryAfterSeconds` says when the next one is allowed. */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  constructor(
    readonly operation: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`${operation}: too many requests; try again in ${retryAfterSeconds} s`);
  }
}
