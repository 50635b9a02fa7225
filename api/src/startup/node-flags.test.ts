import { describe, expect, it } from 'vitest';
import { serverNodeFlags, workerExecArgv } from './node-flags';

const pool = (cores: number) => serverNodeFlags(cores).find((flag) => flag.startsWith('--v8-pool-size='));

describe('the Node flags of a serving process', () => {
  it('leaves one core to the requests and keeps at least one background thread', () => {
    expect(pool(1)).toBe('--v8-pool-size=1');
    expect(pool(2)).toBe('--v8-pool-size=1');
    expect(pool(3)).toBe('--v8-pool-size=2');
  });

  it("never takes more background threads than Node's default of four", () => {
    expect(pool(5)).toBe('--v8-pool-size=4');
    expect(pool(64)).toBe('--v8-pool-size=4');
  });

  it('gives a cluster worker its share of the cores', () => {
    expect(pool(8 / 2)).toBe('--v8-pool-size=3');
    expect(pool(2 / 4)).toBe('--v8-pool-size=1');
  });

  it("gives a cluster worker the primary's other flags and its own pool in place of the primary's", () => {
    const primary = ['--import', 'tsx', '--v8-pool-size=3', '--expose-gc'];
    expect(workerExecArgv(primary, 8 / 4)).toEqual(['--import', 'tsx', '--expose-gc', '--v8-pool-size=1']);
    expect(workerExecArgv(['--import', 'tsx'], 3)).toEqual(['--import', 'tsx', '--v8-pool-size=2']);
  });
});
