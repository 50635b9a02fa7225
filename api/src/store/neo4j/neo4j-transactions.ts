import neo4j, { type Driver } from 'neo4j-driver';
import { StoreUnavailableError } from '../store-errors';
import { transactionRunner, type CypherRunner } from './neo4j-runner';

/**
 * Where the store's transactions come from. The store only ever asks for one read or one write
 * transaction at a time; the driver-backed source below is the only one outside tests.
 */
export interface TransactionSource {
  /** A managed read transaction; the work may run again on a transient error. */
  read<T>(work: (run: CypherRunner) => Promise<T>): Promise<T>;
  /** A managed write transaction: commits when the work resolves, rolls back when it throws. */
  write<T>(work: (run: CypherRunner) => Promise<T>): Promise<T>;
  verify(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Records per PULL; -1 asks for all at once. The runner reads every record of a statement before
 * it returns (`transactionRunner`), so batches never bounded memory here: they only added a round
 * trip per 1,000 records and paused the server between them (a care zone's relations took three).
 */
const fetchAll = -1;

/** One session per transaction, always for the configured database. */
export function driverTransactions(driver: Driver, database: string): TransactionSource {
  // The driver answers a closed pool with a generic error (code "N/A"); a closed store is a server
  // shutting down, which another instance or a retry can serve, so it is said as such.
  let closed = false;
  // Always name the database: otherwise each session costs a routing round trip to find the default.
  async function inSession<T>(mode: 'READ' | 'WRITE', work: (run: CypherRunner) => Promise<T>): Promise<T> {
    if (closed) throw new StoreUnavailableError('neo4j', 'the store is closed');
    const session = driver.session({ database, fetchSize: fetchAll, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      // executeRead/executeWrite retry transient failures by running the work again: the work
      // functions keep no state between runs and read every result inside the transaction.
      return mode === 'READ'
        ? await session.executeRead((tx) => work(transactionRunner(tx)))
        : await session.executeWrite((tx) => work(transactionRunner(tx)));
    } finally {
      await session.close();
    }
  }
  return {
    read: (work) => inSession('READ', work),
    write: (work) => inSession('WRITE', work),
    verify: () => driver.verifyConnectivity({ database }),
    close: () => {
      closed = true;
      return driver.close();
    },
  };
}
