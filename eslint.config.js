// ESLint 9 flat config (`npm run lint`, run by `npm test` after tsc): typescript-eslint's
// `recommended` rules on src, tests, bench, scripts, bin and the configs. Syntactic rules only:
// the type-checked presets build a TypeScript program on every run (several times slower on a
// 2-core machine) and `tsc --noEmit` already type-checks in `npm test`. Formatting is Prettier's.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', '_site', '._site.*/', '.cache/', 'test-output/', 'bench/archive/', 'content/', 'dev/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      // A leading underscore marks a value left out on purpose (`{ seen: _seen, ...entity }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Article text is untrusted: the ingest, the refusal of non-text input and the hostile-input
      // tests match control characters on purpose (/[\x00-\x08...]/), which this rule forbids.
      'no-control-regex': 'off',
    },
  },
  {
    // CommonJS configuration files (dependency-cruiser's).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
