import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';
import dateline from './src/build/lint-layers.js';

export default ts.config(
  { ignores: ['node_modules', 'dist', 'dist-*', 'test/fixtures', 'bench-results'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'svelte/no-at-html-tags': 'error',
      // Sets, Maps and URLs here are built once and read, never mutated to drive the view;
      // reactive state lives in $state fields.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    // The floor plan: imports run down (see LAYERS in src/build/lint-layers.js), and no cycles.
    files: ['src/**/*.{ts,js,svelte}'],
    plugins: { dateline },
    rules: { 'dateline/layers': 'error', 'dateline/no-cycle': 'error' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
);
