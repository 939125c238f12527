// Helpers for the browser tests: Chromium through playwright-core with a fresh
// profile, a log of what a page did (console errors, requests, failures), and
// polling that works under the site's strict CSP (no waitForFunction).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags from shared/NOTES.md: no sandbox in containers, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A Chromium with a throw-away profile. Fails loudly when Chromium is missing: CI installs it. */
export async function launch(options: { javaScriptEnabled?: boolean } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM}: Chromium is not installed; the browser tests need it (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'thi-dua-so-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 390, height: 844 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PageLog {
  consoleErrors: string[];
  /** Every request URL, in order. */
  requests: string[];
  /** Requests to an origin other than the site's. */
  offsite: string[];
  /** Responses with status ≥ 400 and requests that failed. */
  failures: string[];
}

/** Start logging what `page` does; `origin` is the site's own (http://127.0.0.1:port). */
export function watch(page: Page, origin: string): PageLog {
  const log: PageLog = { consoleErrors: [], requests: [], offsite: [], failures: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => log.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    log.requests.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) log.offsite.push(url);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => log.failures.push(`failed ${request.url()}: ${request.failure()?.errorText ?? ''}`));
  return log;
}

/** Poll `probe` in the page until it returns a truthy value (waitForFunction is blocked by the CSP). */
export async function waitFor<T, A = undefined>(page: Page, probe: (arg: A) => T, what: string, timeoutMs = 45_000, arg?: A): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(probe as (arg: unknown) => T, arg);
    if (value) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await page.waitForTimeout(100);
  }
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Run axe-core in the page (evaluated, not a script tag: the CSP blocks inline scripts). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
}
