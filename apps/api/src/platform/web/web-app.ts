// Mounts the built web app on the Nest application (one call from the app factory). Without a
// build (the tests, a server started before `npm run build`) the API runs alone and says so.
import path from 'node:path';
import { Logger, type INestApplication } from '@nestjs/common';
import { webAppHandler } from './web-app.handler.js';
import { loadWebFiles } from './web-files.js';

export function mountWebApp(app: INestApplication, webDir: string): void {
  const dir = path.resolve(webDir);
  const files = loadWebFiles(dir);
  const logger = new Logger('WebApp');
  if (files === null) {
    logger.log(`no web app built in ${dir} (npm run build makes it): only the API is served`);
    return;
  }
  // Registered before Nest's routes, like the IDE page: it passes every server path on untouched.
  app.use(webAppHandler(files));
  logger.log(`serving the web app from ${dir} (${files.size} files)`);
}
