// A browser's GET of /graphql gets the offline IDE page (ide-page.ts) before the request reaches
// Apollo, whose CSRF prevention would refuse it: a GET with no `query` parameter whose Accept header
// prefers text/html over the GraphQL media types. Everything else goes on to Apollo untouched.
import type { FastifyInstance } from 'fastify';
import { ideHtml } from './ide-page.js';

/** What the endpoint can answer, in the order that wins a tie (JSON first, as before). */
const OFFERED = ['application/json', 'application/graphql-response+json', 'text/html'] as const;

interface Range {
  type: string;
  subtype: string;
  q: number;
  /** Position in the Accept header. */
  order: number;
}

function ranges(accept: string): Range[] {
  const out: Range[] = [];
  accept.split(',').forEach((part, order) => {
    const [media, ...params] = part.trim().split(';');
    const [type, subtype] = media.trim().toLowerCase().split('/');
    if (!type || !subtype) return;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    out.push({ type, subtype, q: Number.isFinite(value) ? value : 0, order });
  });
  return out;
}

/**
 * The offered media type the client prefers, as content negotiation (RFC 9110) ranks it: for each
 * offer the most specific matching range gives its quality; the highest quality wins, then the more
 * specific match, then the range listed first, then the offer listed first. No Accept header: the
 * first offer. Null when the client accepts none of them.
 */
export function preferredMediaType(accept: string | undefined, offered: readonly string[] = OFFERED): string | null {
  if (accept === undefined || accept.trim() === '') return offered[0] ?? null;
  const accepted = ranges(accept);
  let best: { type: string; q: number; s: number; o: number; i: number } | null = null;
  offered.forEach((offer, i) => {
    const [type, subtype] = offer.split('/');
    let match: { q: number; s: number; o: number } | null = null;
    for (const r of accepted) {
      const s = r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : 0;
      if (s === 0 && !(r.type === '*' && r.subtype === '*')) continue;
      if (!match || s > match.s || (s === match.s && (r.q > match.q || (r.q === match.q && r.order < match.o)))) {
        match = { q: r.q, s, o: r.order };
      }
    }
    if (!match || match.q <= 0) return;
    const better =
      !best ||
      match.q > best.q ||
      (match.q === best.q && (match.s > best.s || (match.s === best.s && match.o < best.o)));
    if (better) best = { type: offer, ...match, i };
  });
  return (best as { type: string } | null)?.type ?? null;
}

/** Answers the IDE page on GET `path` for browsers; registered as an onRequest hook (cheap for every other request). */
export function registerIdePage(fastify: FastifyInstance, path = '/graphql'): void {
  const html = ideHtml(path);
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'GET') return done();
    const url = request.url;
    const q = url.indexOf('?');
    if ((q < 0 ? url : url.slice(0, q)) !== path) return done();
    if (q >= 0 && new URLSearchParams(url.slice(q + 1)).has('query')) return done();
    if (preferredMediaType(request.headers.accept) !== 'text/html') return done();
    // Answered here: the hook does not call done(), so the request goes no further.
    void reply.type('text/html; charset=utf-8').send(html);
  });
}
