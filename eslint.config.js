// ESLint for the project's own code: TypeScript and JavaScript under src, test, scripts and
// playground. Generated code, build output and the programs the project writes are not ours.

import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'site/',
      '.cache/',
      'test-results/',
      'snapshots/',
      'src/core/templates/',
      // The example site's install and build output.
      'examples/*/node_modules/',
      'examples/*/build/',
      'examples/*/.docusaurus/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  { languageOptions: { globals: globals.node } },
  { files: ['playground/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
