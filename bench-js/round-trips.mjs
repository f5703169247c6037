// Time to the meter's checklist on a page without a bundler, with a latency added to every
// request: what the requests a browser makes one after another (`scripts/sizes.mjs`, "requests in
// sequence") cost on a slow network. The package is served as it is, over HTTP/2 (as CDNs serve
// it; a throwaway self-signed certificate from `openssl`), without bandwidth limit, so the
// figures are round trips and start-up, not bytes.
//
// Usage: node bench-js/round-trips.mjs [--latency MS] [--runs N]   (after `make pkg`)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createSecureServer } from "node:http2";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createDemoHandler } from "../scripts/serve.mjs";
import { launchChromium } from "../tests/support/chromium.mjs";

const { values } = parseArgs({ options: { latency: { type: "string", default: "100" }, runs: { type: "string", default: "5" } } });
const latency = Number(values.latency);
const runs = Number(values.runs);

const PAGE = "/round-trips.html";
const HINTS = `<link rel="modulepreload" href="/passgate/index.js">
<link rel="preload" href="/passgate/wasm/passgate_bg.wasm" as="fetch" type="application/wasm" crossorigin>`;
const page = (head) => `<!doctype html><html lang="en"><title>round trips</title>${head}
<script type="module" src="/passgate/meter.js"></script>
<label for="pw">New password</label><input id="pw" type="password" value="abc">
<passgate-meter for="pw"></passgate-meter>`;
const PAGES = [
  ["`<passgate-meter>`", page("")],
  ["`<passgate-meter>` with the two preload hints", page(HINTS)],
];

const dir = mkdtempSync(join(tmpdir(), "passgate-round-trips-"));
const [key, cert] = [join(dir, "key.pem"), join(dir, "cert.pem")];
execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1"], { stdio: "ignore" });
// The demo server's handler (www/ and the package at /passgate/), behind HTTP/2.
const handler = createDemoHandler();
const server = createSecureServer({ key: readFileSync(key), cert: readFileSync(cert), allowHTTP1: true }, handler);
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `https://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

/** Milliseconds from navigation to a checklist that reports the typed value, one fresh context. */
async function checklistAt(html) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const tab = await context.newPage();
  await tab.route(`**${PAGE}`, (route) => route.fulfill({ contentType: "text/html", body: html }));
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  await tab.goto(origin + PAGE);
  // Polled from the page: an input event until the summary counts unmet requirements of "abc".
  const at = await tab.evaluate(
    () =>
      new Promise((resolve) => {
        const input = document.getElementById("pw");
        const poll = () => {
          if (/not met$/.test(document.querySelector("passgate-meter .passgate-summary")?.textContent ?? "")) {
            resolve(performance.now());
            return;
          }
          input.dispatchEvent(new Event("input", { bubbles: true }));
          setTimeout(poll, 5);
        };
        poll();
      }),
  );
  await context.close();
  return at;
}

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
try {
  console.log(`Checklist after navigation, HTTP/2, +${latency} ms per request, median of ${runs}:\n`);
  console.log("| page | median ms | samples (ms) |");
  console.log("|---|--:|---|");
  for (const [name, html] of PAGES) {
    const samples = [];
    for (let run = 0; run < runs; run++) samples.push(await checklistAt(html));
    console.log(`| ${name} | ${median(samples).toFixed(0)} | ${samples.map((ms) => ms.toFixed(0)).join(", ")} |`);
  }
} finally {
  await browser.close();
  server.close();
  handler.close();
  rmSync(dir, { recursive: true, force: true });
}
