// The addresses of the web app, as a reader types or shares them.
import { describe, expect, it } from '@jest/globals';
import { matchRoute, recordPath } from './routes.js';

describe('matchRoute', () => {
  it('knows every page the rules name', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/sign-in')).toEqual({ name: 'sign-in' });
    expect(matchRoute('/meetings/42')).toEqual({ name: 'meeting', id: '42' });
    expect(matchRoute('/proposals/7f3c')).toEqual({ name: 'proposal', id: '7f3c' });
    expect(matchRoute('/register')).toEqual({ name: 'register' });
    expect(matchRoute('/register/KP/2026/7')).toEqual({ name: 'record', number: 'KP/2026/7' });
    expect(matchRoute('/register/KP%2F2026%2F7')).toEqual({ name: 'record', number: 'KP/2026/7' });
    expect(matchRoute('/desk')).toEqual({ name: 'desk' });
    expect(matchRoute('/desk/')).toEqual({ name: 'desk' });
  });

  it('calls anything else not found', () => {
    expect(matchRoute('/meetings')).toEqual({ name: 'not-found', path: '/meetings' });
    expect(matchRoute('/meetings/1/2')).toEqual({ name: 'not-found', path: '/meetings/1/2' });
    expect(matchRoute('/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
  });

  it('builds a record address that matches back', () => {
    expect(recordPath('KP/2026/7')).toBe('/register/KP/2026/7');
    expect(matchRoute(recordPath('KP/2026/7'))).toEqual({ name: 'record', number: 'KP/2026/7' });
  });
});
