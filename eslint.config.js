// ESLint 9 flat config: typescript-eslint's recommended rules (syntax only, not type-checked, so
// `npm run lint` stays fast) plus two house rules from docs/architecture.md: no console logging in the server
// (Nest's Logger), and thin resolvers (a resolver never touches TypeORM; every query and mutation
// calls into a service). Formatting is Prettier's job (`npm run format`), not ESLint's.
import js from '@eslint/js';
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

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**'] },
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
    plugins: { concord: { rules: { 'thin-resolvers': thinResolvers } } },
    rules: { 'concord/thin-resolvers': 'error' },
  },
  {
    // Tests and their helpers speak to untyped JSON answers; `any` there is a typed client's shortcut.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
