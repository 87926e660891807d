// ESLint: TypeScript and Astro files, plus the project's boundary rule (src/tooling/lint/boundaries.js).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { plugin as leerwerkloket } from './src/tooling/lint/boundaries.js';

export default tseslint.config(
  { ignores: ['dist/', 'dist-test/', '.astro/', '.build-cache/', 'node_modules/', 'public/', 'screenshots/', 'deploy/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { leerwerkloket },
    rules: {
      'leerwerkloket/boundaries': 'error',
      // A handler declared early and assigned once later (search.ts) is read in a closure before that.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
