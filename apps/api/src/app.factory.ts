// Builds the Nest application (used by main.ts, the tests and the benchmark) and wires the pieces
// that live outside Nest's module system: body size, validation, and the offline IDE page.
import { Logger, type INestApplication, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppModule, type AppOptions } from './app.module.js';
import { ideHtml } from './platform/graphql/ide/ide-page.js';
import { concordValidationPipe } from './platform/graphql/validation.js';
import { mountWebApp } from './platform/web/web-app.js';

export async function createApp(
  options: AppOptions,
  logger: LoggerService | false = new Logger(),
): Promise<INestApplication> {
  // main.ts fills a missing JWT_SECRET from the data directory; an app must never sign with less.
  if (Buffer.byteLength(options.config.jwtSecret) < 32) throw new Error('createApp: the JWT secret is not set');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: logger === false ? false : logger,
    bodyParser: false,
  });
  // Statements may be 50,000 characters of Cyrillic: well over express's 100 kB default.
  app.useBodyParser('json', { limit: '2mb' });
  app.useGlobalPipes(concordValidationPipe());
  app.disable('x-powered-by');
  // A browser asking for /graphql gets the IDE, served from our own assets (no CDN).
  const html = ideHtml('/graphql');
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const wantsHtml =
      req.method === 'GET' &&
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsHtml && req.query.query === undefined) {
      res.type('html').send(html);
      return;
    }
    next();
  });
  mountWebApp(app, options.config.webDir);
  return app;
}
