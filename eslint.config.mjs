// ESLint flat config: typescript-eslint recommended rules, React hooks rules,
// and the layering rule that keeps src/core pure.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'coverage/**', 'node_modules/**', 'test/output/**', 'test/stubs/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain core is pure: no host, UI, file-format or Node imports.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['exceljs', '@e965/xlsx', 'fflate', '@xmldom/xmldom', 'react', 'react-dom', '@fluentui/*', 'office-addin-*'], message: 'src/core is pure: no host, UI or file-format imports.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'fs/*'], message: 'src/core is pure: no Node APIs.' },
            { group: ['../excel/*', '../xlsx/*', '../taskpane/*', '../cli/*', '../functions/*', '../../excel/*', '../../xlsx/*', '../../taskpane/*', '../../cli/*', '../../functions/*'], message: 'src/core must not depend on adapters.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Office', message: 'src/core is pure.' }, { name: 'Excel', message: 'src/core is pure.' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
