import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { driverTransactions } from './neo4j-transactions';

/** A driver whose sessions answer `run` from a script: an error to throw or records to return. */
function scriptedDriver(script: (Error | { n: number })[]): { driver: Driver; runs: () => number; closed: () => number } {
  let runs = 0;
  let closed = 0;
  const session = {
    run: async () => {
      const next = script[Math.min(runs, script.length - 1)] as Error | { n: number };
      runs += 1;
      if (next instanceof Error) throw next;
      return { records: [{ toObject: () => next }] };
    },
    close: async () => {
      closed += 1;
    },
  };
  return { driver: { session: () => session } as unknown as Driver, runs: () => runs, closed: () => closed };
}

const unavailable = () => new Neo4jError('Failed to connect to server', 'ServiceUnavailable', 'N/A', 'N/A');
const query = { cypher: 'RETURN 1 AS n', params: {} };

describe('readEach (auto-commit reads)', () => {
  it('runs each statement in a session of its own and closes it', async () => {
    const { driver, runs, closed } = scriptedDriver([{ n: 1 }]);
    const rows = await driverTransactions(driver, 'neo4j').readEach(async (run) => [...(await run.run(query)), ...(await run.run(query))]);
    expect(rows).toEqual([{ n: 1 }, { n: 1 }]);
    expect([runs(), closed()]).toEqual([2, 2]);
  });

  it('runs the work again after a transient error, as a managed transaction would', async () => {
    const { driver, runs } = scriptedDriver([unavailable(), unavailable(), { n: 7 }]);
    expect(await driverTransactions(driver, 'neo4j').readEach((run) => run.run(query))).toEqual([{ n: 7 }]);
    expect(runs()).toBe(3);
  });

  it("gives up on a lasting outage after the driver's retry time, and at once on an error that is not transient", async () => {
    const down = scriptedDriver([unavailable()]);
    const started = Date.now();
    await expect(driverTransactions(down.driver, 'neo4j').readEach((run) => run.run(query))).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(down.runs()).toBeGreaterThan(1);
    const wrong = scriptedDriver([new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A')]);
    await expect(driverTransactions(wrong.driver, 'neo4j').readEach((run) => run.run(query))).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(wrong.runs()).toBe(1);
  });
});
