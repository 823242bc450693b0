import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The production value; the e2e build's is tested end to end (tests/e2e).
  define: { __HELDER_E2E__: 'false' },
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/security/**/*.test.{ts,tsx}',
      'tests/behaviour/**/*.test.ts',
      'tests/advice/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/fast-check-seed.ts'],
    testTimeout: 20000,
    // tests/security/scaling.test.ts collects garbage before each timed run.
    execArgv: ['--expose-gc'],
  },
});
