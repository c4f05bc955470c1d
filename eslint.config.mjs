// `npm run lint` (also in .ci/run): typescript-eslint's recommended rules on
// src/, test/ and bench/, with the exceptions this code base needs stated here.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'var/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly' },
    },
    rules: {
      // Haraka's plugin API is untyped JavaScript: `any` at that boundary is deliberate
      '@typescript-eslint/no-explicit-any': 'off',
      // require() only where it must be (Haraka's own modules, CommonJS-only packages), each marked in place
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      // hooks hand `this` (the plugin) to callbacks under the name `plugin`
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['plugin', 'self'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', destructuredArrayIgnorePattern: '^_' }],
      // control characters are what some rules look for (bare CR, NUL, escapes in headers)
      'no-control-regex': 'off',
      // `let { a, b } = ...` where only one is reassigned stays one statement
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    // tests match printed tables, whose runs of spaces are clearer written out
    files: ['test/**'],
    rules: { 'no-regex-spaces': 'off' },
  },
  {
    // plain CommonJS scripts (benchmarks, test fixtures run as threads or processes, bin/)
    files: ['**/*.js', '**/*.cjs', 'bin/*'],
    languageOptions: { sourceType: 'commonjs', globals: { performance: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
