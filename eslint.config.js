// ESLint 9 flat config: typescript-eslint's recommended rules (syntax only, not type-checked, so
// `npm run lint` stays fast) plus two house rules from docs/architecture.md: no console logging in the server
// (Nest's Logger), and thin resolvers (a resolver never touches TypeORM; every query and mutation
// calls into a service). Formatting is Prettier's job (`npm run format`), not ESLint's.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The Node globals our plain .js/.mjs files use (the `globals` package is not a direct dependency). */
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'fetch',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'structuredClone',
    'globalThis',
    'document',
    'window',
  ].map((name) => [name, 'readonly']),
);

const RESOLVER_DECORATORS = new Set(['Query', 'Mutation', 'Subscription']);

/** concord/thin-resolvers: see the header. Cheap: it looks at resolver files only. */
const thinResolvers = {
  meta: {
    type: 'problem',
    docs: { description: 'Resolvers read arguments and the actor, call one service method, and return.' },
    schema: [],
    messages: {
      orm: 'A resolver never talks to the database: move "{{source}}" use into a service.',
      noService: '@{{decorator}} {{name}}() must call into a service (this.<service>.<method>(...)).',
    },
  },
  create(context) {
    const callsAMember = (node) => {
      let found = false;
      const visit = (n) => {
        if (found || !n || typeof n.type !== 'string') return;
        if (
          n.type === 'CallExpression' &&
          n.callee.type === 'MemberExpression' &&
          n.callee.object.type === 'MemberExpression' &&
          n.callee.object.object.type === 'ThisExpression'
        ) {
          found = true;
          return;
        }
        for (const [key, value] of Object.entries(n)) {
          if (key === 'parent') continue;
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(node);
      return found;
    };
    return {
      ImportDeclaration(node) {
        if (node.source.value === 'typeorm' || node.source.value === '@nestjs/typeorm') {
          context.report({ node, messageId: 'orm', data: { source: node.source.value } });
        }
      },
      MethodDefinition(node) {
        for (const decorator of node.decorators ?? []) {
          const expr = decorator.expression;
          const name = expr.type === 'CallExpression' && expr.callee.type === 'Identifier' ? expr.callee.name : null;
          if (name && RESOLVER_DECORATORS.has(name) && !callsAMember(node.value.body)) {
            context.report({
              node: node.key,
              messageId: 'noService',
              data: { decorator: name, name: node.key.name ?? '?' },
            });
          }
        }
      },
    };
  },
};

/**
 * concord/area-order: the domain areas of apps/api/src import each other in one direction only, so
 * no two areas can form a cycle. An area may import platform/ and the areas listed before it;
 * `import type` is free (it leaves no edge at run time). A new area takes its place in AREA_ORDER.
 * Statements sit below their users (meetings, records and decisions register their kinds of target
 * and add the GraphQL relations to their own types).
 */
const AREA_ORDER = ['platform', 'audit', 'organisation', 'statements', 'meetings', 'records', 'decisions'];
const API_SRC = '/apps/api/src/';
const areaOf = (file) => {
  const i = file.indexOf(API_SRC);
  if (i < 0) return null;
  const first = file.slice(i + API_SRC.length).split('/')[0];
  return AREA_ORDER.includes(first) ? first : null;
};
const areaOrder = {
  meta: {
    type: 'problem',
    docs: { description: 'Areas import each other in one direction only (docs/architecture.md).' },
    schema: [],
    messages: {
      upward:
        'The {{from}} area may not import the {{to}} area ({{to}} comes after {{from}} in the area order: {{order}}). Move the shared piece down, or invert the call.',
    },
  },
  create(context) {
    const file = context.filename.replaceAll('\\', '/');
    const from = areaOf(file);
    if (!from) return {};
    const check = (node, source, typeOnly) => {
      if (typeOnly || typeof source !== 'string' || !source.startsWith('.')) return;
      const dir = file.slice(0, file.lastIndexOf('/'));
      const parts = [...dir.split('/')];
      for (const seg of source.split('/')) {
        if (seg === '..') parts.pop();
        else if (seg !== '.') parts.push(seg);
      }
      const to = areaOf(parts.join('/'));
      if (to && to !== from && AREA_ORDER.indexOf(to) > AREA_ORDER.indexOf(from)) {
        context.report({ node, messageId: 'upward', data: { from, to, order: AREA_ORDER.join(' <- ') } });
      }
    };
    return {
      ImportDeclaration(node) {
        const typeOnly =
          node.importKind === 'type' ||
          (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
        check(node, node.source.value, typeOnly);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === 'type');
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value, false);
      },
    };
  },
};

const concord = { rules: { 'thin-resolvers': thinResolvers, 'area-order': areaOrder } };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'apps/web/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: nodeGlobals },
    rules: {
      // `_name` marks a value left unused on purpose (e.g. a field taken out of an object by destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrors: 'none',
        },
      ],
    },
  },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['apps/**/*.resolver.ts', 'apps/**/*.resolvers.ts'],
    plugins: { concord },
    rules: { 'concord/thin-resolvers': 'error' },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    plugins: { concord },
    // 'warn' while the house refactor removes the last upward imports; 'error' once main is clean.
    rules: { 'concord/area-order': 'warn' },
  },
  {
    // Tests and their helpers speak to untyped JSON answers; `any` there is a typed client's shortcut.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The web app: the rules of hooks, and jsx-a11y's checks of what axe-core checks again in the browser.
    files: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
