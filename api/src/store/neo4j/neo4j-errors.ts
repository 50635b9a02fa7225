import { Neo4jError } from 'neo4j-driver';
import { StoreUnavailableError } from '../store-errors';

/**
 * Driver codes that mean the database cannot be reached (down, restarting, failing over), as
 * opposed to a wrong statement: the request may succeed when sent again.
 */
const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
]);

export function asStoreError(error: unknown): unknown {
  if (error instanceof Neo4jError && unavailableCodes.has(error.code)) {
    return new StoreUnavailableError('neo4j', error.code, { cause: error });
  }
  return error;
}

/**
 * Driver settings that make a request fail within seconds when Neo4j is down, instead of the
 * driver's default of retrying for 30 s while the HTTP request hangs.
 */
export const failFastDriverConfig = {
  maxTransactionRetryTime: 2000,
  connectionTimeout: 3000,
  connectionAcquisitionTimeout: 5000,
} as const;
