// ESLint: JavaScript's and typescript-eslint's recommended rules; formatting is Prettier's (eslint-config-prettier
// turns off the rules that would disagree with it). `npm run lint` runs both.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  // test/eval/score.mjs is a copy of the annotation scorer kept beside the project (../shared/eval), not ours to change.
  { ignores: ['dist/', 'native/jieba/build/', 'node_modules/', 'neo4j/', '.neo4j/', 'bench/out/', 'test/eval/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // `_` marks a parameter a callback must accept but does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `interface A extends Record<…> {}` names a type; it is not an empty object.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Tests read GraphQL answers whose shape the test itself states in the query.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
