import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { noImportCycle } from './scripts/lint/import-cycles.js';

/** Each vertical's fence: the folders under src/ it must never import from. */
const fences = {
  quiz: ['results', 'app', 'embed'],
  results: ['quiz', 'app', 'embed'],
  embed: ['quiz', 'results', 'app'],
  ui: ['quiz', 'results', 'app', 'embed', 'engine'],
  i18n: ['quiz', 'results', 'app', 'embed', 'ui', 'platform', 'engine'],
  platform: ['quiz', 'results', 'app', 'embed', 'ui', 'engine'],
};

const fenceRules = Object.entries(fences).map(([vertical, forbidden]) => ({
  files: [`src/${vertical}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              ...forbidden.map((folder) => `@/${folder}/*`),
              // platform reads only the language list from i18n: nothing that loads texts.
              ...(vertical === 'platform' ? ['@/i18n/*', '!@/i18n/languages'] : []),
            ],
            message: `src/${vertical} never imports ${forbidden.join(', ')}: dependencies point one way.`,
          },
        ],
      },
    ],
  },
}));

const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/*',
  'react/*',
  'zustand',
  'zustand/*',
  'i18next',
  'react-i18next',
  'react-router',
  'react-router-dom',
  'recharts',
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-ssr/**', 'node_modules/**', 'coverage/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of enum.' },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react/no-danger': 'off',
      'no-restricted-properties': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of enum.' },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is banned: render text, never raw HTML.',
        },
      ],
    },
  },
  {
    // The functional core: plain TypeScript that never reaches UI libraries, the DOM, storage or the clock.
    files: ['src/engine/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'The engine and data are UI-free: pass values in.' },
            {
              group: [
                '@/app/*',
                '@/quiz/*',
                '@/results/*',
                '@/ui/*',
                '@/i18n/*',
                '@/embed/*',
                '@/platform/*',
              ],
              message: 'The core depends on nothing outside src/engine and src/data.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'navigator',
          'location',
          'fetch',
        ].map((name) => ({ name, message: 'The engine and data are pure: pass values in.' })),
        { name: 'Date', message: 'The engine never reads the clock: pass time in.' },
        { name: 'performance', message: 'The engine never reads the clock: pass time in.' },
      ],
    },
  },
  ...fenceRules,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: {
      'local/no-import-cycle': 'error',
    },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.*'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
