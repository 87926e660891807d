import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          // Vitest's 5 s default is a wait for time: at load 15 on two cores the 200,000-element
          // EDU-DEX parse took 9.7 s (idle: under 1 s). A hang still fails, after 60 s.
          testTimeout: 60_000,
        },
      },
      // Components rendered with Astro's Container API, one test per example in src/components/*/examples.ts.
      // getViteConfig adds Astro's Vite plugins, so .astro files compile as in the build.
      getViteConfig({
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.ts'],
          environment: 'node',
          // Links are asserted as path mode writes them.
          env: { SITE_MODE: 'path' },
        },
      }),
      // Whole builds of a small copy of the project (SITES=twente), compared file by file. They need
      // no browser and no shared build, so they run beside the browser tests.
      {
        test: {
          name: 'builds',
          include: ['tests/builds/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One build of all sites serves every browser test; it is made once in globalSetup.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
