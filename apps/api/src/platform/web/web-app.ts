// Mounts the built web app on the Fastify instance (one call from the app factory), as an onRequest
// hook that asks resolveWebRequest first and answers only the web app's own paths. Without a build
// (the tests, a server started before `npm run build`) the API runs alone and says so.
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { resolveWebRequest, sendWebFile } from './web-app.handler.js';
import { loadWebFiles } from './web-files.js';

/** Answers what to log about it (said by the caller once the application's logger is in place). */
export function mountWebApp(fastify: FastifyInstance, webDir: string): string {
  const dir = path.resolve(webDir);
  const files = loadWebFiles(dir);
  if (files === null) return `no web app built in ${dir} (npm run build makes it): only the API is served`;
  fastify.addHook('onRequest', (request, reply, done) => {
    const answer = resolveWebRequest(files, request.method, request.url);
    if (answer === null) return done();
    // Sent on the raw response: Fastify is told to stay out of it, and done() is not called.
    reply.hijack();
    sendWebFile(request.raw, reply.raw, answer);
  });
  return `serving the web app from ${dir} (${files.size} files)`;
}
