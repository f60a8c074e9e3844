import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Execution tests install SDKs and run programs; everything else is fast.
    testTimeout: 60_000,
    // Two files at once on a 2-core machine (vitest's default is one fewer than the cores): the
    // proof spends much of its time waiting on the programs it runs (their start-up I/O, the SDKs'
    // retry back-off, the no-route runs' timeouts), and the other files fill that time.
    maxWorkers: 2,
    hookTimeout: 900_000,
    reporters: ['default'],
  },
});
