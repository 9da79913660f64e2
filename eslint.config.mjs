/**
 * The linter, run by `npm run lint` (and so by `npm test`): typescript-eslint's type-checked rules on every
 * TypeScript file (the apps, the console, the libs, the tests, the benchmarks), the React hooks rules on the
 * console, plain recommended rules on the few JavaScript files. Formatting is prettier's, not the linter's.
 * The layers (what may import what, no cycles) are checked by dependency-cruiser (.dependency-cruiser.cjs),
 * which `npm run lint` runs too: a rule a linter can check lives in the linter.
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/', 'dist/', '.build/', '.data/', 'reference/', 'apps/console/src/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Worth their keep: a promise nobody awaits loses its error; an async callback where a plain one is expected too.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Off: an async method that implements an async port need not await anything.
      '@typescript-eslint/require-await': 'off',
      // Off: the validators and sanitisers match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read response bodies and query rows as `any` by design (the assertion checks them), and hand jest
    // methods to `expect` unbound.
    files: ['test/**', '**/test/**', 'libs/testing/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['apps/console/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      // The hooks rules; the React Compiler's rules of the recommended set stay off (the console does not use the compiler).
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // antd and React take an async handler where they type a void one (Modal's onOk awaits it): only promises elsewhere count.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
);
