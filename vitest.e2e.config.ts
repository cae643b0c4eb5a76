import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension; runs after `wxt build`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
