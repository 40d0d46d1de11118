// The web app's addresses (RULES: /sign-in, /, /meetings/{id}, /proposals/{id}, /register,
// /register/{number}, /desk), matched without React so that they are unit-tested.

export type Route =
  | { name: 'home' }
  | { name: 'sign-in' }
  | { name: 'meeting'; id: string }
  | { name: 'proposal'; id: string }
  | { name: 'register' }
  | { name: 'record'; number: string }
  | { name: 'desk' }
  | { name: 'not-found'; path: string };

export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const seg = path
    .split('/')
    .slice(1)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  if (path === '/') return { name: 'home' };
  if (path === '/sign-in') return { name: 'sign-in' };
  if (path === '/register') return { name: 'register' };
  if (path === '/desk') return { name: 'desk' };
  if (seg.length === 2 && seg[0] === 'meetings' && seg[1]) return { name: 'meeting', id: seg[1] };
  if (seg.length === 2 && seg[0] === 'proposals' && seg[1]) return { name: 'proposal', id: seg[1] };
  // Record numbers carry slashes: /register/KP/2026/7 is record "KP/2026/7".
  if (seg.length >= 2 && seg[0] === 'register' && seg.slice(1).every(Boolean))
    return { name: 'record', number: seg.slice(1).join('/') };
  return { name: 'not-found', path: pathname };
}

/** The register path of a record number: each part of "KP/2026/7" encoded on its own. */
export function recordPath(number: string): string {
  return `/register/${number.split('/').map(encodeURIComponent).join('/')}`;
}
