import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Execution tests install SDKs and run programs; everything else is fast.
    testTimeout: 60_000,
    hookTimeout: 900_000,
    reporters: ['default'],
  },
});
