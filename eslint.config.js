import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * Each vertical's fence: the folders under src/ it must never import from. Enforced on the
 * resolved file an import points at (import-x/no-restricted-paths with the TypeScript resolver),
 * so `'../quiz/quiz-store'` is held to the same fence as `'@/quiz/quiz-store'`.
 */
export const fences = {
  quiz: ['results', 'app', 'embed'],
  results: ['quiz', 'app', 'embed'],
  embed: ['quiz', 'results', 'app'],
  ui: ['quiz', 'results', 'app', 'embed', 'engine'],
  i18n: ['quiz', 'results', 'app', 'embed', 'ui', 'platform', 'engine'],
  platform: ['quiz', 'results', 'app', 'embed', 'ui', 'engine', 'i18n'],
};

/** The one file of another folder a fenced folder may still read: platform needs the language list. */
export const fenceExceptions = { 'platform>i18n': ['./languages.ts'] };

const fenceZones = Object.entries(fences).flatMap(([vertical, forbidden]) =>
  forbidden.map((folder) => ({
    target: `./src/${vertical}`,
    from: `./src/${folder}`,
    except: fenceExceptions[`${vertical}>${folder}`] ?? [],
    message: `src/${vertical} never imports src/${folder}: dependencies point one way.`,
  })),
);

/** The functional core reads nothing outside src/engine and src/data, by any path. */
const coreZones = ['engine', 'data'].map((core) => ({
  target: `./src/${core}`,
  from: './src',
  except: ['./engine', './data'],
  message: 'The core depends on nothing outside src/engine and src/data.',
}));

/**
 * What ships never reads the build or the lab; the build never reads the lab; the lab's model
 * analysis is held to the core's purity, reading only src/engine and src/data.
 */
const houseZones = [
  { target: './src', from: './scripts', message: 'src/ ships: it never imports scripts/.' },
  {
    target: './scripts/build',
    from: './scripts/lab',
    message: 'The build (scripts/build) never imports the lab (scripts/lab).',
  },
  {
    target: './scripts/lab/model',
    from: './src',
    except: ['./engine', './data'],
    message:
      'The model analysis, like the core, depends on nothing outside src/engine and src/data.',
  },
  {
    target: './scripts/lab/model',
    from: './scripts',
    except: ['./lab/model'],
    message:
      'The model analysis, like the core, depends on nothing outside src/engine and src/data.',
  },
];

/**
 * Which files import-x parses to follow imports (its TypeScript preset), without the preset's
 * legacy resolver entry: the resolver below reads tsconfig.json's `@/` alias.
 */
const importXParsing = Object.fromEntries(
  Object.entries(importX.flatConfigs.typescript.settings).filter(
    ([name]) => name !== 'import-x/resolver',
  ),
);

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
    files: ['src/engine/**/*.ts', 'src/data/**/*.ts', 'scripts/lab/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'The engine and data are UI-free: pass values in.' },
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
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importXParsing,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...fenceZones, ...coreZones, ...houseZones] },
      ],
      // Type-only loops are not reported: they are erased from the build and order nothing.
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.*'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
