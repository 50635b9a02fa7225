import { Writable } from 'node:stream';
import { createLogger } from '../../api/src/logger';

/** A logger whose JSON lines land in `lines`, so a test can read what the server logged. */
export function capturedLog(): { log: ReturnType<typeof createLogger>; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger({ destination: sink }), lines };
}
