import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every feature folder: features never import each other; `src/app` composes them. */
const features = ['article', 'locale-switcher', 'applies-to', 'wizard', 'embed', 'agent-tools'];

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', '.bench', 'node_modules', 'tests/e2e/__screenshots__'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Mutating a per-render accumulator (sentence anchors) is deliberate and deterministic.
      'react-hooks/immutability': 'off',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // The domain is pure: no React, no app, no features, no content pipeline.
            { target: './src/domain', from: ['./src/app', './src/features', './src/lib', './src/content'] },
            // Shared code does not reach up into features or the app.
            { target: './src/lib', from: ['./src/app', './src/features'] },
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: [
                './src/app',
                ...features.filter((other) => other !== feature).map((other) => `./src/features/${other}`),
              ],
            })),
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-*', 'i18next'],
              message: 'src/domain is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/domain must stay free of React; elsewhere React imports are the point.
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/domain/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
);
