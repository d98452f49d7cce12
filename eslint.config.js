import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import rehearse from './scripts/eslint/feature-boundaries.mjs';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'stream', 'worker_threads'];

/**
 * Dates become words in one module (shared/domain/dates/), so a date-only value never shows a midnight
 * time and every screen and document says a date the same way.
 */
const dateFormatting = [
  {
    selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)String$/]',
    message: 'Format dates with shared/domain/dates/format.ts (formatCalendarDay, formatDate, formatDateTime, formatTime).',
  },
  {
    selector: "CallExpression[callee.property.name='toLocaleString'][callee.object.type='NewExpression'][callee.object.callee.name='Date']",
    message: 'Format dates with shared/domain/dates/format.ts (formatDateTime).',
  },
  {
    selector: "MemberExpression[object.name='Intl'][property.name='DateTimeFormat']",
    message: 'Format dates with shared/domain/dates/format.ts: its formatters are cached and follow the user’s locale.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(slice|substring|substr)$/][callee.object.callee.property.name='toISOString']",
    message:
      'toISOString() is in UTC, so its first ten characters can be yesterday or tomorrow: use dayOf() from shared/domain/dates/format.ts.',
  },
];

/** What no main-process file outside the Electron layer may import. */
const mainProcessPatterns = [
  {
    group: ['electron', 'electron/*', 'electron-store'],
    message: 'Only electron/main/index.ts and electron/main/shell/ may import Electron.',
  },
  { group: ['**/renderer/**'], message: 'The main process may not import the UI.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'Identifier[name="ipcRenderer"]', message: 'Only the preload may touch ipcRenderer.' },
        ...dateFormatting,
      ],
    },
  },
  {
    files: ['electron/preload/**'],
    rules: { 'no-restricted-syntax': ['error', ...dateFormatting] },
  },
  {
    // Tests build fixtures from dates freely; what they check is the app's own wording.
    files: ['test/**'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'Identifier[name="ipcRenderer"]', message: 'Only the preload may touch ipcRenderer.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, rehearse },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Feature folders never import each other or app/ (see scripts/eslint/feature-boundaries.mjs).
      'rehearse/feature-boundaries': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer talks to the main process only through the api client.' },
            { group: ['**/electron/**'], message: 'The renderer may not import main-process or preload code.' },
            { group: nodeBuiltins, message: 'The renderer runs in a sandbox without Node built-ins.' },
            { group: ['better-sqlite3', 'conf', 'electron-store'], message: 'Storage belongs to the main process.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', '**/electron/**'],
              message: 'shared/ is imported by both sides and may not depend on Electron.',
            },
            { group: ['**/renderer/**', 'react', 'react-dom'], message: 'shared/ may not depend on the UI.' },
            { group: nodeBuiltins, message: 'shared/ runs in the renderer too: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    // Everything in the main process except the thin Electron layer must load in plain Node.
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/index.ts', 'electron/main/shell/**'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', { patterns: mainProcessPatterns }] },
  },
  {
    // Services reach the migrations only through the runner (storage/migrate.ts).
    files: ['electron/main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...mainProcessPatterns,
            {
              group: ['**/storage/migrations', '**/storage/migrations/**'],
              message:
                'Services may not import migrations or their internals: use storage/migrate.ts, and keep live definitions in services/.',
            },
          ],
        },
      ],
    },
  },
  {
    // A migration is frozen in time: its own SQL and logic, nothing live (test/unit/storage/migration-imports.test.ts checks the rest).
    files: ['electron/main/storage/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'ts-fsrs', message: 'Pin the version a migration used under its own name (e.g. ts-fsrs-at-v5).' }],
          patterns: [
            ...mainProcessPatterns,
            {
              group: ['**/services', '**/services/**', '**/shared/**', '**/storage/*', '!**/storage/migrations/**', '../*', '../../*'],
              message:
                'A migration may not import live code (services/, shared/, storage/): copy what it needs, as it is today, into the migration.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.ts', 'scripts/**', '*.config.*', 'electron.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/component/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
