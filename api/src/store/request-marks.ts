import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One request's claim on change-mark reads: a read that began after the request did saw every
 * write that had finished when the request arrived, so any part of a request that writes nothing
 * may share it instead of waiting for a read of its own (on Neo4j each read is a round trip). The
 * read can then begin while the session is still being resolved. A request that writes gives up
 * the claim before its first write (`writingRequest`), so it always sees its own writes.
 */
interface RequestMarks {
  /** Mark reads begun (counted over every cache) when the request began. */
  since: number;
  /** False once the request may write. */
  shares: boolean;
}

const requests = new AsyncLocalStorage<RequestMarks>();
let readsBegun = 0;

/** Counts a mark read that begins now and gives its number. */
export function markReadBegins(): number {
  return (readsBegun += 1);
}

/** Whether the request running now may use a mark read with this number. */
export function mayShareMarkRead(read: number): boolean {
  const request = requests.getStore();
  return request !== undefined && request.shares && read > request.since;
}

/** Runs `next` (the rest of a request's handling) as one request. */
export function asOneRequest<T>(next: () => T): T {
  return requests.run({ since: readsBegun, shares: true }, next);
}

/** The request running now may write: from here on, every cache reads the mark itself. */
export function writingRequest(): void {
  const request = requests.getStore();
  if (request) request.shares = false;
}
