// Shared set-up for browser tests: the demo server on a free port and Debian's headless Chromium.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, beforeEach } from "node:test";
import { launchChromium } from "../support/chromium.mjs";
import { createDemoServer } from "../../scripts/serve.mjs";

/** Where screenshots go (gitignored). */
export const SCREENSHOTS = resolve(import.meta.dirname, "..", "..", "test-results", "screenshots");

/**
 * Starts the demo server and a browser; `close()` stops both. `page` is a first page made with
 * `contextOptions`; `newPage(options)` opens another in its own context (e.g. `bypassCSP`,
 * `colorScheme: "dark"`). Every page collects page errors, console errors and CSP violations
 * into `errors`. `breach` steers the server's /range/ endpoint from the test (`breach.fault =
 * "502"`, `"down"`, `"slow"`…, `breach.slowMs`, `breach.requests`); `setFault(mode)` also
 * clears the request log.
 */
export async function openDemo(contextOptions = {}) {
  const server = createDemoServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  const browser = await launchChromium();
  const errors = [];
  async function newPage(options = {}) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, ...options });
    const page = await context.newPage();
    // Init scripts are injected by the browser, not by the page, so CSP does not apply to them.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on("pageerror", (error) => errors.push(error));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(new Error(message.text()));
    });
    return page;
  }
  const page = await newPage(contextOptions);
  return {
    page,
    newPage,
    errors,
    url: `http://127.0.0.1:${port}/`,
    breach: server.breach,
    account: server.account,
    setFault(mode, { slowMs } = {}) {
      server.breach.fault = mode ?? null;
      server.breach.slowMs = slowMs;
      server.breach.requests.length = 0;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The set-up every browser test file shares: one demo server and browser for the file (the
 * file's `before` and `after`), and with `fresh: true` the demo loaded anew before each test,
 * with no breach fault set, no password history on the demo account and no errors collected.
 * Returns an object that `before` fills with what `openDemo` returns (so read it inside tests,
 * not at the top level).
 */
export function useDemo({ fresh = false } = {}) {
  const demo = {};
  before(async () => {
    Object.assign(demo, await openDemo());
  });
  after(async () => {
    await demo.close?.();
  });
  if (fresh) {
    beforeEach(async () => {
      demo.setFault(null);
      demo.account.history.length = 0;
      demo.errors.length = 0;
      await loadDemo(demo.page, demo.url);
    });
  }
  return demo;
}

/**
 * Loads the demo and waits until the meter's checker is ready and, unless `strength: false`,
 * its strength dictionaries too (the meter's checker is staged: they may arrive later).
 */
export async function loadDemo(page, url, { strength = true } = {}) {
  await page.goto(url);
  await page.waitForSelector("html[data-ready=true]");
  if (strength) await page.evaluate(() => document.getElementById("meter").checker.strengthReady);
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
