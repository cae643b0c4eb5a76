import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { catalogPlugin } from './scripts/catalog';

export default defineConfig({
  plugins: [WxtVitest(), catalogPlugin()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/e2e-*/**'],
    setupFiles: ['tests/setup.ts'],
    // The property tests take about a second alone; on 2 busy cores a few passed 5 s (vitest's default) and failed as timeouts.
    testTimeout: 20_000,
  },
});
