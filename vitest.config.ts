import { defineConfig } from 'vitest/config';

// The default suite (npm test): everything except the oracle tests, which need
// Macaulay2 and run through vitest.oracle.config.ts (npm run test:oracle).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/oracle/**', 'node_modules/**', 'dist/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
