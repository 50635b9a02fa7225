/** Wrong user name or password; the message never says which, so names cannot be probed. */
export class LoginFailedError extends Error {
  override name = 'LoginFailedError';
  constructor() {
    super('Login failed: wrong user name or password');
  }
}

export { RateLimitedError } from '../rate-limited-error';
