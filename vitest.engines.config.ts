import { defineConfig } from 'vitest/config';

// Firefox ESR (the Firefox build) and WebKitGTK (the embed), after `wxt build -b firefox` and `wxt build`.
// Each file starts one browser; files run one after another on a small machine.
const engine = (name: string) => ({
  test: {
    name,
    environment: 'node',
    include: [`tests/e2e-${name}/**/*.test.ts`],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});

export default defineConfig({ test: { projects: [engine('firefox'), engine('webkit')] } });
