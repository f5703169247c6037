// Debian's Chromium, headless, as every browser test and the benchmark launch it. The flags keep
// it from reaching for the network at start (this machine has none) and from needing a sandbox.
import { chromium } from "playwright-core";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches `/usr/bin/chromium` (or `$CHROMIUM_PATH`); never a downloaded browser. */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}
