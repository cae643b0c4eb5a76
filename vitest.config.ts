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
  },
});
