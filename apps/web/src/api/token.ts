// Where the bearer token lives: sessionStorage, so a reload in the same tab stays signed in while
// a new tab, a closed browser or another site's script reading localStorage finds nothing.
const KEY = 'concord.token';

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, token);
  } catch {
    // Storage refused (a private mode that allows none): the session lasts as long as the page.
  }
}
