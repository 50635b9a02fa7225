import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger({ destination }), lines };
}

describe('createLogger', () => {
  it('writes one JSON object per line with time, level and message', () => {
    const { log, lines } = capture();
    log.info('hello', { n: 1 });
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 'info', msg: 'hello', n: 1, time: expect.stringMatching(/Z$/) });
  });

  it('redacts passwords, cookies, tokens and personal contact data at any depth', () => {
    const { log, lines } = capture();
    log.error('failure', {
      password: 'p1',
      variables: { input: { password: 'p2', contact: { email: 'e@x', person: 'Jan' } }, newPassword: 'p3' },
      headers: { cookie: 'weefsel_session=t', authorization: 'Bearer t' },
      res: { headers: { 'set-cookie': 'weefsel_session=t2' } },
      token: 't3',
      user: 'u-1',
    });
    const text = lines.join('');
    for (const secret of ['p1', 'p2', 'p3', 'e@x', 'Jan', 'weefsel_session', 'Bearer', 't3']) expect(text).not.toContain(secret);
    expect(text).toContain('"user":"u-1"');
    expect(text.match(/\[redacted\]/g)?.length).toBe(8);
  });
});
