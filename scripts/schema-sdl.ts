// The schema.gql text exactly as Nest writes it on start (`autoSchemaFile`, `sortSchema: true`), built
// without a database or a server: the resolver classes are found by walking the application's module
// tree, and Nest's own GraphQLSchemaFactory builds the schema from them with the app's build options.
// Used by `npm run schema` (write-schema.ts) and by test/schema, which compares it with the app's.
import 'reflect-metadata';
import type { DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GRAPHQL_SDL_FILE_HEADER, GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../apps/api/src/app.module.js';
import { loadConfig } from '../apps/api/src/platform/config/config.js';
import { schemaBuildOptions } from '../apps/api/src/platform/graphql/graphql.config.js';

type ModuleLike = Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference;

function providerClass(p: Provider): Type<unknown> | null {
  if (typeof p === 'function') return p;
  if (typeof p === 'object' && p !== null && 'useClass' in p) return p.useClass;
  return null;
}

/** Every provider class of the module tree: what Nest's ResolversExplorerService hands the schema factory. */
async function providerClasses(root: ModuleLike): Promise<Type<unknown>[]> {
  const seen = new Set<unknown>();
  const found = new Set<Type<unknown>>();
  const visit = async (entry: ModuleLike | undefined): Promise<void> => {
    if (entry === undefined || entry === null) return;
    const mod = entry instanceof Promise ? await entry : entry;
    if ('forwardRef' in mod && typeof mod.forwardRef === 'function') return visit(mod.forwardRef() as ModuleLike);
    if (seen.has(mod)) return;
    seen.add(mod);
    const dynamic = typeof mod === 'function' ? null : (mod as DynamicModule);
    const cls = typeof mod === 'function' ? (mod as Type<unknown>) : dynamic!.module;
    const providers: Provider[] = [...(Reflect.getMetadata('providers', cls) ?? []), ...(dynamic?.providers ?? [])];
    for (const p of providers) {
      const c = providerClass(p);
      if (c) found.add(c);
    }
    const imports: ModuleLike[] = [...(Reflect.getMetadata('imports', cls) ?? []), ...(dynamic?.imports ?? [])];
    for (const i of imports) await visit(i);
  };
  await visit(root);
  return [...found];
}

/** The contents Nest writes to schema.gql, header included. */
export async function schemaSdl(): Promise<string> {
  // The module tree only: nothing here connects to the database (the URL is never dialled).
  const root = AppModule.forRoot({
    config: loadConfig({ CONCORD_WRITE_SCHEMA: 'false' }),
    databaseUrl: 'postgres://unused/unused',
  });
  const classes = await providerClasses(root);
  // No HTTP server: an application context is all the schema factory needs.
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const factory = app.get(GraphQLSchemaFactory);
    // Classes carrying @Scalar() are picked out of the list by the factory, as the app's explorer does.
    const schema = await factory.create(classes, classes, schemaBuildOptions());
    return GRAPHQL_SDL_FILE_HEADER + printSchema(lexicographicSortSchema(schema));
  } finally {
    await app.close();
  }
}

/** The schema part of a schema.gql file: Nest's header comment lines dropped. */
export function withoutHeader(sdl: string): string {
  return sdl.replace(/^(#[^\n]*\n)+\n?/, '');
}
