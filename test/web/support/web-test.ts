// What every browser test uses: the built server started by the global setup, a Chromium whose
// contexts reach nothing but that server, signing in as a demo user through the sign-in page, and
// the checks every page passes (axe-core WCAG 2.1 A/AA, 375 px, no foreign request, no CSP report),
// each recorded in .data/web-report.jsonl for the summary printed at the end.
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  guardedContext,
  launchBrowser,
  scrollsSideways,
  type Guarded,
} from '../../../scripts/web/browser.js';

export const DEMO_PASSWORD = 'concord-demo';
export const REPORT = path.resolve('.data/web-report.jsonl');
export const SCREENSHOTS = path.resolve('docs/screenshots');

export function baseUrl(): string {
  const url = process.env.CONCORD_WEB_URL;
  if (!url) throw new Error('CONCORD_WEB_URL is not set: run the browser tests with npm run test:web');
  return url;
}

export function report(entry: Record<string, unknown>): void {
  mkdirSync(path.dirname(REPORT), { recursive: true });
  appendFileSync(REPORT, `${JSON.stringify({ file: expect.getState().testPath?.split('/').pop(), ...entry })}\n`);
}

export interface Visitor extends Guarded {
  page: Page;
}

/** A fresh browser context (no session) with one page, on the server under test. */
export async function visitor(browser: Browser, width = 1280): Promise<Visitor> {
  const guarded = await guardedContext(browser, baseUrl(), width);
  const page = await guarded.context.newPage();
  page.setDefaultTimeout(15_000);
  return { ...guarded, page };
}

export async function go(page: Page, pathname: string): Promise<void> {
  await page.goto(`${baseUrl()}${pathname}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Signs in through the sign-in page, as the user would, and waits for the page it leads to. */
export async function signIn(page: Page, email: string, next = '/'): Promise<void> {
  await go(page, `/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/**
 * The checks every page must pass: no serious or critical WCAG 2.1 A/AA violation, no sideways
 * scrolling at 375 px, nothing asked of another host, no CSP violation or page error. With a name,
 * a screenshot goes to docs/screenshots/<name>.png.
 */
export async function checkPage(
  v: Visitor,
  name: string,
  options: { screenshot?: boolean; fullPage?: boolean } = {},
): Promise<void> {
  const violations = await axeViolations(v.page);
  const sideways = await scrollsSideways(v.page);
  report({ page: name, url: new URL(v.page.url()).pathname, axe: violations.length, sideways });
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
  expect({ page: name, sideways }).toEqual({ page: name, sideways: false });
  expect({ page: name, external: v.external }).toEqual({ page: name, external: [] });
  expect({ page: name, problems: v.problems }).toEqual({ page: name, problems: [] });
  if (options.screenshot) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await v.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? true });
  }
}

export async function withBrowser(): Promise<Browser> {
  return launchBrowser();
}

/** The GraphQL API over HTTP, for setting the scene quickly where the flow itself is not under test. */
export async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0]!.message} (in ${query.slice(0, 60)}…)`);
  return body.data!;
}

export async function tokenFor(email: string): Promise<string> {
  const { login } = await api<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: DEMO_PASSWORD },
  );
  return login.token;
}
