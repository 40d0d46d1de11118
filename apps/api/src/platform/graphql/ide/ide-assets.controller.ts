// Serves the offline IDE's scripts and styles (React, ReactDOM, GraphiQL) straight from
// node_modules, so the page at /graphql needs no CDN. Only the files named below are served: the
// route takes a name, never a path, so nothing else on disk is reachable through it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Controller, Get, Header, NotFoundException, Param, StreamableFile } from '@nestjs/common';
import { IDE_ASSET_PREFIX } from './ide-page.js';

interface IdeAsset {
  path: string;
  contentType: string;
}

// Resolved from this file, so it works from dist/ (node dist/apps/api/src/main.js), under jest and
// in the Docker image alike. react and react-dom list their files in "exports", which hides
// umd/*: resolve their package.json instead and join the path.
const requireFromHere = createRequire(import.meta.url);

function packageFile(pkg: string, file: string): string {
  let manifest: string;
  try {
    manifest = requireFromHere.resolve(`${pkg}/package.json`);
  } catch {
    throw new Error(`The GraphQL IDE needs the npm package "${pkg}" (a runtime dependency); run npm install.`);
  }
  return join(dirname(manifest), file);
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const SOURCE_MAP = 'application/json; charset=utf-8';

// graphiql 3.x is the last major to ship a browser bundle (4.x dropped it); React 18 the last with
// UMD builds. package.json pins them.
const IDE_ASSETS: ReadonlyMap<string, IdeAsset> = new Map([
  ['graphiql.min.js', { path: packageFile('graphiql', 'graphiql.min.js'), contentType: JS }],
  ['graphiql.min.css', { path: packageFile('graphiql', 'graphiql.min.css'), contentType: CSS }],
  // The bundles name their source maps; serving them keeps the browser's developer tools quiet.
  ['graphiql.min.js.map', { path: packageFile('graphiql', 'graphiql.min.js.map'), contentType: SOURCE_MAP }],
  ['graphiql.min.css.map', { path: packageFile('graphiql', 'graphiql.min.css.map'), contentType: SOURCE_MAP }],
  ['react.production.min.js', { path: packageFile('react', 'umd/react.production.min.js'), contentType: JS }],
  [
    'react-dom.production.min.js',
    { path: packageFile('react-dom', 'umd/react-dom.production.min.js'), contentType: JS },
  ],
]);

export const IDE_ASSET_NAMES: readonly string[] = [...IDE_ASSETS.keys()];

@Controller(IDE_ASSET_PREFIX.slice(1))
export class IdeAssetsController {
  // Read once, on first request: a few MB that never change while the process runs.
  private readonly cache = new Map<string, Promise<Buffer>>();

  @Get(':file')
  // A week rather than a year: the URLs carry no version, so an upgrade must reach browsers.
  @Header('Cache-Control', 'public, max-age=604800')
  @Header('X-Content-Type-Options', 'nosniff')
  async asset(@Param('file') file: string): Promise<StreamableFile> {
    const asset = IDE_ASSETS.get(file);
    if (asset === undefined) throw new NotFoundException(`No IDE asset named "${file}"`);
    const body = await this.read(file, asset.path);
    return new StreamableFile(body, { type: asset.contentType, length: body.length });
  }

  private read(file: string, path: string): Promise<Buffer> {
    let pending = this.cache.get(file);
    if (pending === undefined) {
      pending = readFile(path);
      // A failed read is not cached, so a transient error does not stick until restart.
      pending.catch(() => this.cache.delete(file));
      this.cache.set(file, pending);
    }
    return pending;
  }
}
