// The public side and signing in, in a real browser: the register a visitor sees at /, an unknown
// address, the sign-in page with a wrong password and a right one, staying signed in across a
// reload in the same tab (and not in a new one), a token the API refuses, and signing out.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { m } from '../../apps/web/src/messages.js';
import { checkPage, DEMO_PASSWORD, go, signIn, visitor, withBrowser } from './support/web-test.js';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a visitor without an account', () => {
  it('sees the public register at /, with the sign-in link, and nothing from another host', async () => {
    const v = await visitor(browser);
    await go(v.page, '/');
    await expect(v.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Public register');
    await v.page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    await checkPage(v, 'register-empty');
    await v.context.close();
  });

  it('is told that an unknown address is not a page', async () => {
    const v = await visitor(browser);
    const response = await v.page.goto(`${process.env.CONCORD_WEB_URL}/no/such/page`);
    expect(response?.headers()['content-type']).toContain('text/html');
    await v.page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await v.page.getByText('There is no page at /no/such/page.').waitFor();
    await checkPage(v, 'not-found');
    await v.context.close();
  });
});

describe('signing in and out', () => {
  it('a wrong password is refused in an alert, in plain words', async () => {
    const v = await visitor(browser);
    await go(v.page, '/sign-in');
    await v.page.getByLabel('Email', { exact: true }).fill('us@kp.example');
    await v.page.getByLabel('Password', { exact: true }).fill('not the password');
    await v.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(v.page.getByRole('alert').textContent()).resolves.toBe('The email address or password is not right.');
    await checkPage(v, 'sign-in-refused');
    await v.context.close();
  });

  it('a delegate signs in, stays signed in across a reload of the tab but not in a new tab, and signs out', async () => {
    const v = await visitor(browser);
    await signIn(v.page, 'us@kp.example');
    await v.page.getByRole('heading', { level: 1, name: 'Welcome, Delegate of United States of America' }).waitFor();
    // The token lives in sessionStorage, never in localStorage.
    const stored = await v.page.evaluate('({ local: localStorage.length, session: sessionStorage.length })');
    expect(stored).toEqual({ local: 0, session: 1 });
    await v.page.reload();
    await v.page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    const other = await v.context.newPage();
    await other.goto(`${process.env.CONCORD_WEB_URL}/`);
    await other.getByRole('heading', { level: 1, name: 'Public register' }).waitFor();
    await other.close();
    await v.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await v.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await v.page.getByText('You are signed out.').waitFor();
    expect(await v.page.evaluate('sessionStorage.length')).toBe(0);
    await checkPage(v, 'sign-in', { screenshot: true });
    await v.context.close();
  });

  it('a token the API calls bad is dropped and the sign-in page shown, then the user goes back where it was', async () => {
    const v = await visitor(browser);
    await go(v.page, '/register');
    await v.page.evaluate("sessionStorage.setItem('concord.token', 'forged.token.value')");
    await v.page.goto(`${process.env.CONCORD_WEB_URL}/desk`);
    await v.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await v.page.getByText('Your session has ended. Please sign in again.').waitFor();
    expect(await v.page.evaluate("sessionStorage.getItem('concord.token')")).toBeNull();
    await v.page.getByLabel('Email', { exact: true }).fill('secretariat@kp.example');
    await v.page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await v.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await v.page.getByRole('heading', { level: 1, name: 'Desk' }).waitFor();
    await v.context.close();
  });

  it('a tab whose page files are gone (Concord updated meanwhile) offers a reload, not a blank page', async () => {
    const v = await visitor(browser);
    await v.context.route(/\/assets\/record-page-[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    await go(v.page, '/register');
    await v.page.getByRole('link', { name: 'Register', exact: true }).waitFor();
    await v.page.evaluate(
      "history.pushState(null, '', '/register/KP/2026/1'); dispatchEvent(new PopStateEvent('popstate'))",
    );
    await v.page.getByRole('button', { name: m.app.reload }).waitFor();
    await expect(v.page.getByRole('alert').textContent()).resolves.toContain(m.app.pageFailed);
    await v.context.close();
  });
});
