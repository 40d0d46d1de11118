// Builds the Nest application (used by main.ts, the tests and the benchmark) on Fastify, and wires
// the pieces that live outside Nest's module system: body size, validation, the offline IDE page and
// the web app.
import { Logger, type INestApplication, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, type AppOptions } from './app.module.js';
import { registerIdePage } from './platform/graphql/ide/ide-route.js';
import { concordValidationPipe } from './platform/graphql/validation.js';
import { mountWebApp } from './platform/web/web-app.js';

/** Statements may be 50,000 characters of Cyrillic (100 kB in UTF-8, more JSON-escaped): 2 MB is ample. */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export async function createApp(
  options: AppOptions,
  logger: LoggerService | false = new Logger(),
): Promise<INestApplication> {
  // main.ts fills a missing JWT_SECRET from the data directory; an app must never sign with less.
  if (Buffer.byteLength(options.config.jwtSecret) < 32) throw new Error('createApp: the JWT secret is not set');
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES });
  // Request hooks registered before any route, so they run before Apollo's handler: a browser
  // asking for /graphql gets the IDE (our own assets, no CDN); the web app answers its own paths.
  registerIdePage(adapter.getInstance(), '/graphql');
  const webApp = mountWebApp(adapter.getInstance(), options.config.webDir);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    logger: logger === false ? false : logger,
  });
  app.useGlobalPipes(concordValidationPipe());
  new Logger('WebApp').log(webApp);
  return app;
}
