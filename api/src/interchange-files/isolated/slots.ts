/** Frees a slot taken with `acquire`. */
export type Release = () => void;

/**
 * At most `size` holders at a time; others wait in order, each for a bounded time, so a burst of
 * uploads queues briefly and then gets a "retry later" instead of piling up.
 */
export class Slots {
  private used = 0;
  private readonly waiting: { grant: (release: Release) => void }[] = [];

  constructor(private readonly size: number) {}

  /** A release function once a slot is free, or null when none came free within `waitMs`. */
  acquire(waitMs: number): Promise<Release | null> {
    if (this.used < this.size) {
      this.used += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      const entry = {
        grant: (release: Release) => {
          clearTimeout(timer);
          resolve(release);
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        resolve(null);
      }, waitMs);
      this.waiting.push(entry);
    });
  }

  private releaser(): Release {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line, so `used` stays the same.
      if (next) next.grant(this.releaser());
      else this.used -= 1;
    };
  }
}
