import { defineConfig } from 'vitest/config';

// The oracle suite (npm run test:oracle): tests that run the real Macaulay2 /
// Singular on files deeplin generates. They fail, never skip, when a program
// is missing. Generous timeouts: each M2 run is seconds, but CI machines vary.
export default defineConfig({
  test: {
    include: ['test/oracle/**/*.oracle.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
