/**
 * One Chromium with the built extension loaded, as a person loads it unpacked.
 * Every request the browser makes is recorded, so tests can check that nothing
 * leaves the extension.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Every URL requested so far, by any page or the service worker. */
  requests: string[];
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchExtension(dir: string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'talkscope-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  context.on('request', (req) => requests.push(req.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    requests,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests that went anywhere but the extension itself (or an allowed local test server). */
export function requestsLeaving(requests: readonly string[], allowedOrigins: readonly string[] = []): string[] {
  return requests.filter(
    (u) =>
      !u.startsWith('chrome-extension://') &&
      !allowedOrigins.some((o) => u.startsWith(o)) &&
      !u.startsWith('data:') &&
      !u.startsWith('blob:chrome-extension://'),
  );
}
