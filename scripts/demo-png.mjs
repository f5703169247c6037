// Refreshes docs/demo.png from the demo page: a passing password, its checklist and the breach
// line ("not found"). Needs `make pkg` and Chromium, like the browser tests.
// Usage: node scripts/demo-png.mjs [out.png]
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { loadDemo, openDemo } from "../tests/browser/harness.mjs";

const out = resolve(process.argv[2] ?? resolve(import.meta.dirname, "..", "docs", "demo.png"));
const demo = await openDemo();
try {
  const page = await demo.newPage({ viewport: { width: 860, height: 900 } });
  await loadDemo(page, demo.url);
  await page.getByLabel("New password").pressSequentially("Kq7#mZ2!vR-river");
  await page.getByLabel("Confirm password").fill("Kq7#mZ2!vR-river");
  await page.waitForFunction(() => document.querySelector("passgate-meter .passgate-breach")?.dataset.status === "clear");
  await page.evaluate(() => document.activeElement?.blur());
  await page.waitForTimeout(400); // the bar's transition
  await page.screenshot({ path: out });
  console.log(`${out}: ${statSync(out).size} bytes`);
} finally {
  await demo.close();
}
