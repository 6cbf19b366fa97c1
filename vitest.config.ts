import { defineConfig } from 'vitest/config';

// One runner for every workspace. `development` resolves workspace packages to their TypeScript
// sources, so tests never depend on a previous build.
export default defineConfig({
  resolve: { conditions: ['development'] },
  ssr: { resolve: { conditions: ['development'], externalConditions: ['development'] } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'domain', include: ['packages/domain/src/**/*.test.ts'] },
      },
      {
        extends: true,
        // Pure helpers of the web (no DOM): formatting, rules the pages apply.
        test: { name: 'web', include: ['apps/web/src/**/*.test.ts'] },
      },
      {
        extends: true,
        // The repository's own scripts (npm start's build plan and its phase line).
        test: { name: 'scripts', include: ['scripts/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'documents',
          include: ['packages/documents/src/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['apps/server/src/**/*.test.ts', 'apps/server/test/**/*.test.ts'],
          globalSetup: ['apps/server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
