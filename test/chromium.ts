import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Debian's Chromium driven by puppeteer-core (nothing downloads a browser). Where it is missing the
 * browser tests are skipped with one line that names the package; CI installs it (.ci/run).
 */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
) as string[];
export const chromiumPath = CANDIDATES.find((p) => existsSync(p)) ?? null;
if (!chromiumPath)
  process.stderr.write(
    "browser tests skipped: no Chromium found; install Debian's package `chromium` (apt-get install chromium fonts-noto-cjk)\n",
  );

/** Screenshots of the browser tests (git-ignored). */
export const SHOTS = join(import.meta.dirname, '..', 'test-output');

// Without the background-networking flags Chromium keeps calling home, which a closed network refuses.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface Session {
  browser: Browser;
  page: Page;
  requests: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Session> {
  mkdirSync(SHOTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'policy-graph-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath!,
    headless: true,
    args: [...FLAGS, `--user-data-dir=${profile}`],
    defaultViewport: { width: 1400, height: 900 },
  });
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => {
    requests.push(r.url());
  });
  return {
    browser,
    page,
    requests,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The hosts of requests that left this machine (anything but 127.0.0.1, data: and blob: URLs). */
export const foreign = (urls: string[]) =>
  urls.filter((u) => !/^(data|blob|about):/.test(u) && new URL(u).hostname !== '127.0.0.1');
