import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Browser tests start Chromium; two cores do not run many at once well.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
