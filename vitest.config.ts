import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Deadlines that never bite on a busy machine (CI shares two cores with other work) but still end a hung
// test. Tests wait for the event they need (a DOM change, a process's output, a promise), not for time to
// pass; these numbers are only the backstop.
const unitTimeouts = { testTimeout: 180_000, hookTimeout: 180_000 };
const browserTimeouts = { testTimeout: 600_000, hookTimeout: 300_000 };

export default defineConfig({
  test: {
    reporters: ['default', './test/reporters/summary-line.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // Each test file opens real SQLite files in its own temp folder; run files in parallel.
          pool: 'forks',
          ...unitTimeouts,
          expect: { poll: { timeout: 60_000 } },
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/component/setup.ts'],
          ...unitTimeouts,
        },
      },
      {
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/electron/**/*.test.ts'],
          // Skipped with its reason where the Electron binary is missing; one app at a time where it exists.
          fileParallelism: false,
          ...browserTimeouts,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // One Chromium at a time: two cores, and each test starts its own bridge.
          fileParallelism: false,
          ...browserTimeouts,
          expect: { poll: { timeout: 60_000 } },
        },
      },
    ],
  },
});
