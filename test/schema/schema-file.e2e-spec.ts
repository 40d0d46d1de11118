// `npm run schema` (scripts/write-schema.ts) builds schema.gql without a database or a server. This
// proves it writes byte for byte what the API itself writes on start (header included), so the
// committed file can be regenerated anywhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { GRAPHQL_SDL_FILE_HEADER } from '@nestjs/graphql';
import { schemaSdl } from '../../scripts/schema-sdl.js';
import { schemaDifference } from './schema-diff.js';

describe('npm run schema', () => {
  it('writes exactly the committed schema.gql, with the header Nest writes', async () => {
    const built = await schemaSdl();
    expect(built.startsWith(GRAPHQL_SDL_FILE_HEADER)).toBe(true);
    const committed = readFileSync(new URL('../../schema.gql', import.meta.url), 'utf8');
    expect(committed === built ? '' : schemaDifference(committed, built)).toBe('');
  });
});
