import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every feature folder there is: features never import each other; `src/app` composes them. */
const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Import patterns (gitignore-style, matched against the import specifier) a folder may not use. */
const restrictedImports = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      // The build's folders while it runs: `npm test` lints beside the build.
      'dist.building-*',
      'dist.previous-*',
      'dist-ssr',
      '.bench',
      '.scratch',
      'node_modules',
      'tests/e2e/__screenshots__',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Mutating a per-render accumulator (sentence anchors) is deliberate and deterministic.
      'react-hooks/immutability': 'off',
    },
  },
  {
    // The domain is pure TypeScript: no React, no i18n, nothing from the app, features, lib or content.
    files: ['src/domain/**/*.ts'],
    rules: restrictedImports(
      ['react', 'react-*', 'i18next', '**/app/**', '**/features/**', '**/lib/**', '**/content/**'],
      'src/domain is pure TypeScript: it imports only other domain modules.',
    ),
  },
  {
    // Shared code does not reach up into features or the app.
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: restrictedImports(
      ['**/app/**', '**/features/**'],
      'src/lib is shared: it must not depend on app or features.',
    ),
  },
  // Features never import each other (or the app); src/app composes them.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrictedImports(
      [
        '**/app/**',
        // Matched against the specifier as written: `../../wizard/x` as well as `…/features/wizard/x`.
        ...features
          .filter((other) => other !== feature)
          .flatMap((other) => [`**/features/${other}/**`, `../${other}/**`, `../../${other}/**`]),
      ],
      `Features do not import each other or src/app: move shared code to src/lib or src/domain, compose in src/app.`,
    ),
  })),
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
);
