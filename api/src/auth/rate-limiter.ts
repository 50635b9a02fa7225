/**
 * Token buckets per key (a user, or an IP address with a user name): `capacity` requests at once,
 * refilled at `perMinute`. In memory, so per process: enough for one server; behind several
 * servers, divide the limits by their number.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly perMinute: number,
    readonly capacity: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Takes `count` tokens (one per write of a request, say); returns 0 when allowed, otherwise the
   * seconds until enough have come back. More than the capacity is counted as the capacity, so a
   * large request waits for a full bucket instead of never passing.
   */
  take(key: string, count = 1): number {
    const wanted = Math.min(count, this.capacity);
    const now = this.now();
    const refillPerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * refillPerMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now);
    if (bucket.tokens >= wanted) {
      bucket.tokens -= wanted;
      return 0;
    }
    return Math.ceil((wanted - bucket.tokens) / refillPerMs / 1000);
  }

  /** Full buckets carry no information; dropping them bounds memory under many distinct keys. */
  private forgetFull(now: number): void {
    const refillPerMs = this.perMinute / 60_000;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * refillPerMs >= this.capacity) this.buckets.delete(key);
    }
  }
}
