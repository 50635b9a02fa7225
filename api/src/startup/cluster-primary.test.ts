import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { perWorkerShare } from './cluster-primary';

describe('perWorkerShare', () => {
  it('splits the per-process rate limits over the workers, never below one', () => {
    const config = loadConfig({ WEEFSEL_WORKERS: '3', WEEFSEL_LOGIN_RATE: '10', WEEFSEL_WRITE_RATE: '1' });
    const share = perWorkerShare(config);
    expect(share.security.loginPerMinute).toBe(4);
    expect(share.security.writesPerMinute).toBe(1);
    expect(share.security.respondents).toEqual({ perTokenPerMinute: 20, perAddressPerMinute: 200 });
    expect(share.security.sessionSecret).toBe(config.security.sessionSecret);
  });
});
