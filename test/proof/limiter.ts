// A bound on how many jobs run at once: the proof's programs share 2 cores and the registries.

/** Runs at most `slots` of the given jobs at a time; the rest wait in order. */
export function makeLimiter(slots: number): <T>(job: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (job) => {
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await job();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
